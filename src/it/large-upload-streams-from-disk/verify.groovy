import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def upload = server.requests('POST', '/api/1.0/open/uploads/dependencies/files')
    assert upload.size() == 1 && upload[0].status() == 200
    assert upload[0].bodySize() > 300L * 1024 * 1024
    ItSupport.assertLogContains(basedir, '[upload] POST /api/1.0/open/uploads/dependencies/files -> 200')
    assert !ItSupport.log(basedir).contains('OutOfMemoryError')
    true
} finally {
    server.close()
    new File(basedir, 'target/big.bin').delete()
}
