import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    // one login attempt, no API call, no retry
    assert server.requests()*.path() == ['/api/login_refresh']
    ItSupport.assertLogContains(basedir,
            'Debricked rejected the access token from environment variable DEBRICKED_TOKEN',
            'POST /api/login_refresh -> 401: Invalid refresh token')
    assert !ItSupport.log(basedir).contains('it-revoked-token-9999')
    assert !ItSupport.log(basedir).contains('at io.github.debrickedmaven') : 'no stack trace without -e'
    true
} finally {
    server.close()
}
