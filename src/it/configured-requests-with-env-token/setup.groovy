import io.github.debrickedmaven.testserver.ItSupport

def server = ItSupport.start(basedir, context)
server.respond('DELETE', '/api/1.0/open/echo/gone', 204, null)
server.respond('GET', '/api/1.0/open/user-profile/get-user-info', 200, '{"email":"it@example.com","id":7}')
true
