import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
def sbom = new File(basedir, 'target/sbom.json')
try {
    assert server.requests('GET', '/api/1.0/open/sbom/download')*.status() == [200]
    assert sbom.length() == 300L * 1024 * 1024
    sbom.withInputStream { assert it.readNBytes(3) == '["x'.bytes }
    ItSupport.assertLogContains(basedir, '[sbom] GET /api/1.0/open/sbom/download -> 200', '300.0 MiB) -> ')
    assert !ItSupport.log(basedir).contains('OutOfMemoryError')
    assert new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.part') }.isEmpty()
    true
} finally {
    server.close()
    sbom.delete()
}
