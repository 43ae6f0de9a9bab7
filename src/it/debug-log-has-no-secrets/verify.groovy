import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def log = ItSupport.log(basedir)
    assert log.contains('[DEBUG]')
    assert server.issuedJwts().size() == 4
    assert server.unauthorizedCalls() == 2
    assert server.requests()*.path().count('/api/login_check') == 2
    ItSupport.assertNoSecretLeaked(basedir, server)
    assert !log.contains('refresh_token=')
    assert !log.contains('_password=')
    true
} finally {
    server.close()
}
