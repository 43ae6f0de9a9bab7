import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def calls = server.requests('GET', '/api/1.0/open/user-profile/get-user-info')
    assert calls*.status() == [200, 200, 200, 401, 200, 200, 200]
    assert server.unauthorizedCalls() == 1
    assert server.logins() == 2
    assert calls[3].query() == calls[4].query() : 'the rejected request is the one repeated'
    ItSupport.assertLogContains(basedir, 'BUILD SUCCESS')
    true
} finally {
    server.close()
}
