import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    assert server.requests().isEmpty()
    ItSupport.assertLogContains(basedir, 'No Debricked credentials found',
            'set the environment variable DEBRICKED_TOKEN', '<id>debricked</id>')
    true
} finally {
    server.close()
}
