import groovy.json.JsonSlurper
import io.github.debrickedmaven.testserver.ItSupport

def server = context.server
try {
    def json = new JsonSlurper()
    def out = new File(basedir, 'target/debricked')

    // one login for both Maven invocations' worth of calls? No: each invocation is its own JVM.
    assert server.logins() == 2
    assert server.requests().every { it.isLogin() || it.header('Authorization')?.startsWith('Bearer ') }
    assert server.requests().every { it.header('User-Agent') == 'debricked-maven-plugin/' + pluginVersion }
    assert server.unauthorizedCalls() == 0

    def repos = json.parse(new File(out, 'repositories.json'))
    assert repos.method == 'GET'
    assert repos.query == [order: 'asc', search: 'acme shop&co']
    assert repos.headers['x-trace'] == 'it-1'
    assert repos.headers['accept'] == 'application/json'

    def body = json.parse(new File(basedir, 'target/custom/json.json'))
    assert body.method == 'POST' && body.body == '{"commitName": "abc123"}'
    assert body.headers['content-type'].startsWith('application/json')

    def file = json.parse(new File(out, 'body-file.json'))
    assert file.method == 'PUT' && file.bodySize == new File(basedir, 'src/debricked/finish.json').length()

    assert json.parse(new File(out, 'form.json')).form == [repositoryName: 'acme/shop']

    def upload = json.parse(new File(out, 'upload.json'))
    assert upload.form == [repositoryName: 'acme/shop', commitName: 'abc123']
    assert upload.parts.find { it.name == 'fileData' }.filename == 'pom.xml'
    assert upload.headers['content-type'].startsWith('multipart/form-data')

    assert !new File(out, 'delete.json').exists()
    assert server.requests('DELETE', '/api/1.0/open/echo/gone').size() == 1

    // the ad-hoc call: printed, pretty, and written to call.json
    assert json.parse(new File(out, 'call.json')).email == 'it@example.com'
    ItSupport.assertLogContains(basedir,
            '[repositories] GET /api/1.0/open/repositories/get-repositories-names-links?order=asc -> 200 (',
            '[delete] DELETE /api/1.0/open/echo/gone -> 204 (',
            '[call] GET /api/1.0/open/user-profile/get-user-info -> 200 (',
            '"email" : "it@example.com"',
            'access token from environment variable DEBRICKED_TOKEN')
    def leftovers = out.listFiles().findAll { it.name.endsWith('.part') }
    assert leftovers.isEmpty()
    ItSupport.assertNoSecretLeaked(basedir, server)
    true
} finally {
    server.close()
}
