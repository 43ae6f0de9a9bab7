import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
server.scans().pollsBeforeDone(2).result('''{"progress":100,"vulnerabilitiesFound":2,"automationsAction":"warn",
  "automationRules":[{"ruleDescription":"Warn on high CVSS","ruleActions":["warnPipeline"],"triggered":true}],
  "detailsUrl":"https://debricked.com/app/en/repository/1/commit/1"}''')
true
