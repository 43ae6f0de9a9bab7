def server = context.server
try {
    println ''
    println 'The stand-in saw these requests:'
    server.requests().each { println "  ${it.method()} ${it.target()} -> ${it.status()}" }
    def upload = server.scans().uploads().values().first()
    println "Files in upload ${upload.ciUploadId}:"
    upload.files.each { println "  ${it.fileRelativePath ?: '.'}/${it['fileData.filename']}" }
    println "service/maven.debricked.lock:"
    new File(basedir, 'service/maven.debricked.lock').eachLine { println "  $it" }
    assert upload.files.size() == 6 && server.logins() == 1
    true
} finally {
    server.close()
}
