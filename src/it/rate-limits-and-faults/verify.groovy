import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
def statuses = { path -> server.requests('GET', path)*.status() }
try {
    assert statuses('/api/1.0/open/f/429-retry-after') == [429, 200]
    assert statuses('/api/1.0/open/f/429-backoff') == [429, 200]
    assert statuses('/api/1.0/open/f/503-twice') == [503, 503, 200]
    assert statuses('/api/1.0/open/f/reset') == [0, 200]
    assert statuses('/api/1.0/open/f/slow').size() == 2
    assert statuses('/api/1.0/open/f/wait-too-long') == [429]
    assert server.requests('POST', '/api/1.0/open/f/post-502')*.status() == [502]
    assert statuses('/api/1.0/open/f/html-502') == [502]
    ItSupport.assertLogContains(basedir,
            '[INFO] Debricked answered 429 to GET /api/1.0/open/f/429-retry-after; waiting 1 s before attempt 2 of 4.',
            '[INFO] Debricked answered 429 to GET /api/1.0/open/f/429-backoff; waiting 3 s before attempt 2 of 4.',
            '[INFO] Debricked answered 503 to GET /api/1.0/open/f/503-twice; waiting 1 s before attempt 3 of 4.',
            'NoHttpResponseException',
            'SocketTimeoutException (Read timed out) to GET /api/1.0/open/f/slow; waiting 3 s before attempt 2 of 4.',
            '[slow] GET /api/1.0/open/f/slow -> 200',
            'GET /api/1.0/open/f/wait-too-long -> 429: Debricked asked to wait 3600 s (Retry-After) before trying again, longer than debricked.maxRetryWait (300 s)',
            '500 requests per hour per code contributor',
            '[call] POST /api/1.0/open/f/post-502 -> 502 (expected 2xx)',
            '[call] GET /api/1.0/open/f/html-502 -> 502: <html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html> (expected 2xx)')
    def log = ItSupport.log(basedir)
    assert !log.contains('at io.github') && !log.contains('NullPointerException')
    assert !new File(basedir, 'target/debricked/call.json').exists() : 'no output from failed calls'
    assert new File(basedir, 'target/debricked').listFiles().findAll { it.name.endsWith('.part') }.isEmpty()
    ItSupport.assertNoSecretLeaked(basedir, server)
    true
} finally {
    server.close()
}
