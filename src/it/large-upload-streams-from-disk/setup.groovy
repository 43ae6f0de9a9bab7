import io.github.debrickedmaven.testserver.ItSupport
ItSupport.start(basedir, context)
def big = new File(basedir, 'target/big.bin')
big.parentFile.mkdirs()
new RandomAccessFile(big, 'rw').withCloseable { it.setLength(300L * 1024 * 1024) }
true
