import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
// the first JWT dies after three calls, as if it had expired mid-build
server.revokeJwtsAfterCalls(3)
true
