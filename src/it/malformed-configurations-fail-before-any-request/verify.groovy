import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    assert server.requests().isEmpty() : 'no request, not even a login, for a malformed configuration'
    ItSupport.assertLogContains(basedir,
            "[repos] <path> 'api/1.0/open/repositories' must start with /",
            "[repos] <method> 'FETCH' is not one of",
            '[finish] <body>, <bodyFile> and <form> exclude each other',
            '[upload] <files> needs <form>',
            '[upload] <files><fileData>',
            '[ok] <id> is used by two requests',
            '[my request] <id> may hold only letters',
            "[repos] <expectedStatus> '200;OK' must be HTTP status codes",
            '[finish] <bodyFile>',
            "The Debricked base URL 'debricked.com/api' must be an http or https URL with a host",
            '[nowhere] <path> is missing',
            "[finish] <body> uses @{upload.ciUploadId}, but no earlier request extracts 'ciUploadId' as request 'upload'")
    def log = ItSupport.log(basedir)
    assert log.count('BUILD FAILURE') == 12
    assert !log.contains('NullPointerException') && !log.contains('at io.github')
    true
} finally {
    server.close()
}
