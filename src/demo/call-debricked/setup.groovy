import io.github.debrickedmaven.testserver.FakeDebricked
import io.github.debrickedmaven.testserver.ItSupport

// The local Debricked stand-in, answering like Debricked does for the calls in pom.xml.
def server = FakeDebricked.start().acceptToken('demo-access-token')
server.respond('GET', '/api/1.0/open/user-profile/get-user-info', 200,
        '{"id":1,"email":"demo@acme.example","name":"Demo User"}')
server.respond('GET', '/api/1.0/open/repositories/get-repositories-names-links', 200,
        '[{"id":101,"name":"acme/shop"},{"id":102,"name":"acme/api"}]')
server.respond('POST', '/api/1.0/open/uploads/dependencies/files', 200,
        '{"ciUploadId":4242,"uploadProgramsFileId":1,"totalScans":10,"remainingScans":9,"percentage":"10","estimateDaysLeft":30}')
server.respond('POST', '/api/1.0/open/finishes/dependencies/files/uploads', 204, null)
server.respond('GET', '/api/1.0/open/ci/upload/status', 200,
        '{"progress":100,"vulnerabilitiesFound":2,"automationsAction":"warn","automationRules":[],' +
        '"detailsUrl":"https://debricked.com/app/en/repository/101/commit/5"}')
ItSupport.writeMavenConfig(basedir, server)
context.server = server
println "Local Debricked stand-in listening on ${server.baseUrl()}"
true
