import groovy.json.JsonSlurper
import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def generate = server.requests('POST', '/api/1.0/open/sbom/generate')
    assert generate.size() == 1
    def sent = new JsonSlurper().parse(new File(basedir, 'target/debricked/generate.json'))
    def downloads = server.requests('GET', '/api/1.0/open/sbom/download')
    assert downloads*.status() == [202, 202, 200]
    assert downloads*.query().unique() == ["reportUuid=${sent.reportUuid}".toString()]
    def bom = new JsonSlurper().parse(new File(basedir, 'target/sbom.cdx.json'))
    assert bom.bomFormat == 'CycloneDX' && bom.components[0].name == 'jackson-databind'
    ItSupport.assertLogContains(basedir, '[download] GET /api/1.0/open/sbom/download -> 202; polling again in 1 s',
            '[download] GET /api/1.0/open/sbom/download -> 200')
    true
} finally {
    server.close()
}
