import io.github.debrickedmaven.testserver.ItSupport
// no stand-in: the build must stop before any connection
ItSupport.writeMavenConfig(basedir, null)
true
