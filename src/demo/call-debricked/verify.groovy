def server = context.server
try {
    println ''
    println 'The stand-in saw these requests:'
    server.requests().each { println "  ${it.method()} ${it.target()} -> ${it.status()}" }
    println "Logins: ${server.logins()}"
    println "Responses written to ${new File(basedir, 'target/debricked')}:"
    new File(basedir, 'target/debricked').listFiles().sort { it.name }.each { println "  ${it.name}: ${it.text.take(100)}" }
    assert server.logins() == 1 && server.requests().size() == 6
    assert server.requests().every { it.status() in [200, 204] }
    true
} finally {
    server.close()
}
