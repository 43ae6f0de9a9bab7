import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
server.scans().pollsBeforeDone(1000)
true
