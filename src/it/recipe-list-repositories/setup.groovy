import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
server.respond('GET', '/api/1.0/open/repositories/get-repositories-names-links', 200,
        '[{"id":101,"name":"acme/shop"},{"id":102,"name":"acme/api"}]')
true
