import io.github.debrickedmaven.testserver.ItSupport
ItSupport.start(basedir, context)
// a git checkout of our own, so that the outer repository is not the one found
def git = { String... args ->
    def process = (['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com'] + args.toList())
            .execute(null, basedir)
    process.waitFor()
    assert process.exitValue() == 0 : process.err.text
    process.text.trim()
}
git('init', '-q', '-b', 'release/1.x')
git('remote', 'add', 'origin', 'git@github.com:acme/inventory.git')
git('add', '-A')
git('commit', '-q', '-m', 'it')
context.head = git('rev-parse', 'HEAD')
true
