import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    // the first build never got past the handshake; the second logged in and called once
    assert server.requests()*.path() == ['/api/login_refresh', '/api/1.0/open/user-profile/get-user-info']
    ItSupport.assertLogContains(basedir, 'Could not reach Debricked at https://localhost:',
            'for POST /api/login_refresh: SSLHandshakeException',
            '[user] GET /api/1.0/open/user-profile/get-user-info -> 200', 'BUILD SUCCESS')
    assert !ItSupport.log(basedir).contains('waiting 3 s') : 'a certificate error is not retried'
    true
} finally {
    server.close()
}
