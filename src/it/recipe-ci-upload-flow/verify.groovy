import groovy.json.JsonSlurper
import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def uploads = server.scans().uploads()
    assert uploads.keySet() == [1001] as Set
    def upload = uploads[1001]
    assert upload.files.size() == 1
    assert upload.files[0].repositoryName == 'acme/shop'
    assert upload.files[0].commitName == '0123456789abcdef0123456789abcdef01234567'
    assert upload.files[0]['fileData.filename'] == 'pom.xml'
    assert upload.finish.path('ciUploadId').asText() == '1001'
    assert server.requests('GET', '/api/1.0/open/ci/upload/status')*.status() == [202, 202, 200]
    assert server.requests('GET', '/api/1.0/open/ci/upload/status')*.query().unique() == ['ciUploadId=1001']
    def result = new JsonSlurper().parse(new File(basedir, 'target/debricked/status.json'))
    assert result.automationsAction == 'warn'
    ItSupport.assertLogContains(basedir,
            '[upload] POST /api/1.0/open/uploads/dependencies/files -> 200',
            '[finish] POST /api/1.0/open/finishes/dependencies/files/uploads -> 204',
            '[status] GET /api/1.0/open/ci/upload/status -> 202, progress 0%; polling again in 1 s',
            '[status] GET /api/1.0/open/ci/upload/status -> 202, progress 33%; polling again in 1 s',
            '[status] GET /api/1.0/open/ci/upload/status -> 200 (', 'BUILD SUCCESS')
    true
} finally {
    server.close()
}
