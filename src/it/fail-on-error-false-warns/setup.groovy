import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
server.respond('GET', '/api/1.0/open/user-profile/get-user-info', 500, '{"message":"Internal trouble"}')
true
