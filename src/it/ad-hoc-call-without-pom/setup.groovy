import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
server.respond('GET', '/api/1.0/open/repositories/get-repositories-names-links', 200,
        '[{"id":1,"name":"acme/shop"},{"id":2,"name":"acme/api"}]')
true
