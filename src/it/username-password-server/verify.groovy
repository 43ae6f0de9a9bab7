import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def login = server.requests()[0]
    assert login.path() == '/api/login_check'
    assert login.form() == [_username: ItSupport.USERNAME, _password: ItSupport.PASSWORD]
    assert server.logins() == 1
    assert server.requests('GET', '/api/1.0/open/user-profile/get-user-info')*.status() == [200]
    ItSupport.assertLogContains(basedir, "username and password from settings.xml server 'it-login'")
    ItSupport.assertNoSecretLeaked(basedir, server)
    true
} finally {
    server.close()
}
