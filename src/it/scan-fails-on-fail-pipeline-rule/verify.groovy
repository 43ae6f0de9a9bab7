import groovy.json.JsonSlurper
import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    def uploads = server.scans().uploads()
    assert uploads.keySet() == [1001] as Set : 'one upload for the whole reactor'
    def files = uploads[1001].files
    assert files.size() == 6
    assert files*.get('fileRelativePath').toSorted() == ['', '', 'a', 'a', 'b', 'b']
    assert files*.get('fileData.filename').count('pom.xml') == 3
    assert files*.get('fileData.filename').count('maven.debricked.lock') == 3
    files.each { f ->
        assert f.repositoryName == 'acme/shop'
        assert f.commitName == '0123456789abcdef0123456789abcdef01234567'
        assert f.branchName == 'main'
        assert f.repositoryUrl == 'https://github.com/acme/shop'
    }
    assert files[0].ciUploadId == null && files[1..5].every { it.ciUploadId == '1001' }
    assert server.requests('POST', '/api/1.0/open/finishes/dependencies/files/uploads').size() == 1
    def finish = uploads[1001].finish
    assert finish.path('integrationName').asText() == 'githubActions'
    assert finish.path('author').asText() == 'ada'
    assert server.requests('GET', '/api/1.0/open/ci/upload/status')*.status() == [202, 202, 200]
    assert server.logins() == 1
    def result = new JsonSlurper().parse(new File(basedir, 'target/debricked/scan-result.json'))
    assert result.automationsAction == 'fail'
    ItSupport.assertLogContains(basedir,
            '[INFO] 4 vulnerabilities found (0 marked unaffected).',
            '[INFO] Automation rule triggered: Fail on CVSS 9 or more [failPipeline] https://debricked.com/app/en/automations/3',
            '[INFO]     commons-io (Maven): CVE-2024-47554 (CVSS 9.1) licenses Apache-2.0',
            '[INFO] Details: https://debricked.com/app/en/repository/7/commit/9',
            '[WARNING] Debricked automation rule asks to warn: Warn on GPL',
            'Debricked automation rules failed the scan: Fail on CVSS 9 or more. Details: https://debricked.com/app/en/repository/7/commit/9',
            'from GitHub Actions')
    assert !ItSupport.log(basedir).contains('Never')
    ItSupport.assertNoSecretLeaked(basedir, server)
    true
} finally {
    server.close()
}
