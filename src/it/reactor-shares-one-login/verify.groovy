import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def calls = server.requests('GET', '/api/1.0/open/user-profile/get-user-info')
    assert calls.size() == 6
    assert calls*.query().sort() == (1..6).collect { "module=m$it" }
    assert calls.every { it.status() == 200 }
    assert server.logins() == 1 : 'six modules on four threads share one JWT'
    assert ItSupport.log(basedir).contains('MultiThreadedBuilder') || ItSupport.log(basedir).contains('4 threads')
    (1..6).each { assert new File(basedir, "m$it/target/debricked/user.json").isFile() }
    true
} finally {
    server.close()
}
