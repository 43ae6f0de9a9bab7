import groovy.json.JsonSlurper
import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def repos = new JsonSlurper().parse(new File(basedir, 'target/debricked/repos.json'))
    assert repos*.name == ['acme/shop', 'acme/api']
    def branches = server.requests('GET', '/api/1.0/open/repository/101/get-branches')
    assert branches.size() == 1 && branches[0].header('X-Repository-Name') == 'acme/shop'
    assert server.logins() == 1 : 'both executions share the JWT'
    true
} finally {
    server.close()
}
