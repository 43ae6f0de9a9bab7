import io.github.debrickedmaven.testserver.ItSupport
import java.time.Duration

def server = ItSupport.start(basedir, context)
server.fault('/api/1.0/open/f/429-retry-after', 1, 429, ['Retry-After': '1'], '{"message":"Rate limit"}')
server.fault('/api/1.0/open/f/429-backoff', 1, 429, [:], null)
server.fault('/api/1.0/open/f/503-twice', 2, 503, ['Retry-After': '1'], null)
server.dropConnection('/api/1.0/open/f/reset', 1)
server.delay('/api/1.0/open/f/slow', 1, Duration.ofMillis(2500))
server.fault('/api/1.0/open/f/wait-too-long', 1, 429, ['Retry-After': '3600'], '{"message":"Rate limit"}')
server.fault('/api/1.0/open/f/post-502', 1, 502, ['Retry-After': '1'], null)
server.fault('/api/1.0/open/f/html-502', 1, 502, ['Content-Type': 'text/html'],
        '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>')
true
