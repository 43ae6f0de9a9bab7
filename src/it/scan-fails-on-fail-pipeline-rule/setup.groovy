import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
server.scans().pollsBeforeDone(2).result('''{"progress":100,"vulnerabilitiesFound":4,"unaffectedVulnerabilitiesFound":0,
  "automationsAction":"fail","detailsUrl":"https://debricked.com/app/en/repository/7/commit/9",
  "automationRules":[
    {"ruleDescription":"Fail on CVSS 9 or more","ruleActions":["failPipeline"],"ruleLink":"https://debricked.com/app/en/automations/3",
     "hasCves":true,"triggered":true,
     "triggerEvents":[{"dependency":"commons-io (Maven)","dependencyLink":"https://debricked.com/app/en/dependency/1",
                       "licenses":["Apache-2.0"],"cve":"CVE-2024-47554","cvss2":4.3,"cvss3":9.1,"cveLink":"https://debricked.com/app/en/vulnerability/1"}]},
    {"ruleDescription":"Warn on GPL","ruleActions":["warnPipeline"],"triggered":true,"triggerEvents":[]},
    {"ruleDescription":"Never","ruleActions":["failPipeline"],"triggered":false,"triggerEvents":[]}]}''')
true
