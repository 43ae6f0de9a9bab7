import io.github.debrickedmaven.testserver.FakeDebricked
import io.github.debrickedmaven.testserver.ItSupport

// The local Debricked stand-in; its scan model answers 202 twice, then this result.
def server = FakeDebricked.start().acceptToken('demo-access-token')
server.scans().pollsBeforeDone(2).result('''{"progress":100,"vulnerabilitiesFound":2,"unaffectedVulnerabilitiesFound":0,
  "automationsAction":"warn","detailsUrl":"https://debricked.com/app/en/repository/101/commit/5",
  "automationRules":[{"ruleDescription":"Warn when a dependency has a vulnerability with CVSS 7 or more",
    "ruleActions":["warnPipeline"],"ruleLink":"https://debricked.com/app/en/automations/1","triggered":true,
    "triggerEvents":[{"dependency":"commons-io (Maven)","cve":"CVE-2024-47554","cvss3":7.5}]}]}''')
ItSupport.writeMavenConfig(basedir, server)
context.server = server
println "Local Debricked stand-in listening on ${server.baseUrl()}"
true
