import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def polls = server.requests('GET', '/api/1.0/open/sbom/download')
    assert polls.size() >= 3 && polls.size() <= 4
    assert polls.every { it.status() == 202 }
    ItSupport.assertLogContains(basedir, '[download] GET /api/1.0/open/sbom/download?reportUuid=@{generate.reportUuid} -> 202: still not done after polling for',
            '(<poll><timeout> is 3 s)')
    assert !new File(basedir, 'target/debricked/download.json').exists()
    true
} finally {
    server.close()
}
