import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    ItSupport.assertLogContains(basedir,
            '[WARNING] [user] GET /api/1.0/open/user-profile/get-user-info -> 500: Internal trouble',
            '[WARNING] The build goes on because debricked.failOnError is false.', 'BUILD SUCCESS')
    true
} finally {
    server.close()
}
