import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
// a renewal mid-build, so that a second JWT and a 401 go through the debug log too
server.revokeJwtsAfterCalls(1)
true
