import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def uploads = server.scans().uploads()
    assert uploads.size() == 1 : 'four threads, one upload'
    def files = uploads.values().first().files
    assert files.size() == 10
    assert files*.get('fileRelativePath').toSet() == ['', 'm1', 'm2', 'm3', 'm4'] as Set
    files.each { f ->
        assert f.repositoryName == 'acme/inventory'
        assert f.commitName == context.head
        assert f.branchName == 'release/1.x'
        assert f.repositoryUrl == 'https://github.com/acme/inventory'
    }
    assert server.requests('POST', '/api/1.0/open/finishes/dependencies/files/uploads').size() == 1
    assert server.logins() == 1
    ItSupport.assertLogContains(basedir, 'MultiThreadedBuilder', 'from git checkout', '0 vulnerabilities found',
            'BUILD SUCCESS')
    ['', 'm1/', 'm2/', 'm3/', 'm4/'].each { assert new File(basedir, it + 'maven.debricked.lock').isFile() }
    true
} finally {
    server.close()
}
