import io.github.debrickedmaven.testserver.FakeDebricked
import io.github.debrickedmaven.testserver.ItSupport
import io.github.debrickedmaven.testserver.TestCertificates

def keyStore = TestCertificates.create(new File(basedir, 'tls').toPath())
def server = FakeDebricked.startHttps(keyStore, TestCertificates.PASSWORD).acceptToken(ItSupport.TOKEN)
context.server = server
ItSupport.writeMavenConfig(basedir, server)
true
