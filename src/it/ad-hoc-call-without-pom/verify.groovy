import groovy.json.JsonSlurper
import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def log = ItSupport.log(basedir).readLines().findAll { !it.contains('pre-build script: ') }.join('\n')
    // with -q the pretty body is all the first build printed
    assert log.startsWith('[ {\n  "id" : 1,\n  "name" : "acme/shop"\n}, {\n  "id" : 2,\n  "name" : "acme/api"\n} ]\n[INFO]')
    // outside a project the output goes to ./target/debricked
    def json = new JsonSlurper()
    def post = json.parse(new File(basedir, 'target/debricked/call.json'))
    assert post.method == 'POST' && post.body == '{"x": 1}\n'
    def put = json.parse(new File(basedir, 'out/call.json'))
    assert put.method == 'PUT' && put.body == 'true'
    assert server.requests('POST', '/api/1.0/open/echo/post').size() == 1
    ItSupport.assertLogContains(basedir, 'Nothing to call: configure <requests>',
            'mvn debricked:call -Ddebricked.path=')
    assert !new File(basedir, '${project.basedir}').exists()
    true
} finally {
    server.close()
}
