import io.github.debrickedmaven.testserver.ItSupport
def server = context.server
try {
    assert server.requests().isEmpty()
    ItSupport.assertLogContains(basedir,
            'Dry run: would upload 4 files to Debricked as repository acme/shop, commit abc:',
            'a/maven.debricked.lock (',
            '[WARNING] Skipping Debricked scan because Maven is offline (-o): no request was made.',
            'Dry run: would upload 2 files to Debricked as repository (unknown), commit (unknown):',
            'Debricked needs a repository and a commit to file the scan under, and the repository is unknown:'
                    + ' set debricked.repository (or env DEBRICKED_REPOSITORY), or build from a git checkout.')
    def subsetRuns = ItSupport.log(basedir).findAll(/Dry run: would upload 2 files/).size()
    assert subsetRuns == 2 : '-pl a and -rf a each upload the subset once'
    assert new File(basedir, 'maven.debricked.lock').isFile()
    assert new File(basedir, 'a/maven.debricked.lock').isFile()
    assert new File(basedir, 'target/debricked/maven.debricked.lock').isFile()
    assert new File(basedir, 'a/target/debricked/maven.debricked.lock').text.contains('commons-io:commons-io:jar:2.21.0:compile')
    true
} finally {
    server.close()
}
