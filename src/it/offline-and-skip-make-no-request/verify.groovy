import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    assert server.requests().isEmpty()
    ItSupport.assertLogContains(basedir, 'Skipping Debricked call: debricked.skip is true.',
            '[WARNING] Skipping Debricked call because Maven is offline (-o): no request was made.')
    assert !new File(basedir, 'target/debricked').exists()
    true
} finally {
    server.close()
}
