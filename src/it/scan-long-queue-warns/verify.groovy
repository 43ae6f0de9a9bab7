import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    assert server.requests('GET', '/api/1.0/open/ci/upload/status')*.status() == [201, 201]
    def log = ItSupport.log(basedir)
    assert log.count("[WARNING] Debricked's queue is too long to wait for the scan result; see it later at"
            + ' https://debricked.com/app/en/repository/1/commit/1') == 1
    ItSupport.assertLogContains(basedir, 'BUILD SUCCESS', '(debricked.failOnLongQueue is true)', 'BUILD FAILURE')
    assert new File(basedir, 'target/debricked/scan-result.json').text.contains('Queue too long')
    true
} finally {
    server.close()
}
