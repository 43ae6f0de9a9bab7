import io.github.debrickedmaven.testserver.ItSupport
ItSupport.start(basedir, context).serveLarge('/api/1.0/open/sbom/download', 300L * 1024 * 1024)
true
