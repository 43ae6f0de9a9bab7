import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def login = server.requests()[0]
    assert login.path() == '/api/login_refresh'
    assert login.form() == [refresh_token: ItSupport.ENCRYPTED_TOKEN]
    assert server.requests('GET', '/api/1.0/open/user-profile/get-user-info')*.status() == [200]
    ItSupport.assertLogContains(basedir, "access token from settings.xml server 'it-encrypted'",
            '[user] GET /api/1.0/open/user-profile/get-user-info -> 200')
    ItSupport.assertNoSecretLeaked(basedir, server)
    true
} finally {
    server.close()
}
