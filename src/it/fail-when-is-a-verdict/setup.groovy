import io.github.debrickedmaven.testserver.ItSupport
def server = ItSupport.start(basedir, context)
server.respond('GET', '/api/1.0/open/verdict/clean', 200, '{"vulnerabilitiesFound":0}')
server.respond('GET', '/api/1.0/open/verdict/vulnerable', 200, '{"vulnerabilitiesFound":3}')
true
