import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def log = ItSupport.log(basedir)
    assert log.count('BUILD SUCCESS') == 1 && log.count('BUILD FAILURE') == 1
    ItSupport.assertLogContains(basedir, '[clean] GET /api/1.0/open/verdict/clean -> 200',
            "[vulnerable] failWhen '/vulnerabilitiesFound > 0' holds: found 3.")
    assert !log.contains('The build goes on because debricked.failOnError is false')
    true
} finally {
    server.close()
}
