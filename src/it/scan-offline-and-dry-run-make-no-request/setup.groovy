import io.github.debrickedmaven.testserver.ItSupport
ItSupport.start(basedir, context)
// a checkout without remote or commit, so that nothing names the repository
def process = ['git', 'init', '-q'].execute(null, basedir)
process.waitFor()
assert process.exitValue() == 0
true
