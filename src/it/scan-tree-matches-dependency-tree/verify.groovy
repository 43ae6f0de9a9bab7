import io.github.debrickedmaven.testserver.ItSupport

// A TGF file as labels only: node ids differ between writers, the graph must not.
def graph = { File file ->
    def (nodePart, edgePart) = file.text.split('(?m)^#\\s*$', 2) as List
    def labels = [:]
    nodePart.readLines().findAll { it.trim() }.each { line ->
        def (id, label) = line.split(' ', 2) as List
        labels[id] = label
    }
    def edges = edgePart.readLines().findAll { it.trim() }.collect { line ->
        def (from, to, scope) = line.split(' ') as List
        "${labels[from]} -> ${labels[to]} [${scope}]".toString()
    }
    [nodes: labels.values().toList().sort(), edges: edges.sort()]
}

def server = context.server
try {
    assert server.requests().isEmpty() : 'a dry run makes no request'
    ItSupport.assertLogContains(basedir, 'Dry run: would upload 6 files to Debricked')
    ['.', 'core', 'app'].each { module ->
        def ours = graph(new File(basedir, "$module/maven.debricked.lock"))
        def theirs = graph(new File(basedir, "$module/dependency-tree.tgf"))
        assert ours.nodes == theirs.nodes
        assert ours.edges == theirs.edges
    }
    def core = new File(basedir, 'core/maven.debricked.lock').text
    assert core.contains('com.fasterxml.jackson.core:jackson-core:jar:2.21.0:compile')
    assert !core.contains('jackson-core:jar:2.23.0')
    assert core.contains('commons-io:commons-io:jar:2.16.1:compile (optional)')
    assert core.contains('org.opentest4j:opentest4j:jar:1.3.0:test')
    def app = new File(basedir, 'app/maven.debricked.lock').text
    assert app.contains('it.scan:core:jar:1.0:compile')
    assert app.contains('commons-io:commons-io:jar:2.21.0:runtime')
    assert !app.contains('httpcore5-h2')
    assert app.readLines()[0] ==~ /1 it\.scan:app:jar:1\.0/
    true
} finally {
    server.close()
}
