import io.github.debrickedmaven.testserver.ItSupport
ItSupport.start(basedir, context).scans().longQueue(true)
true
