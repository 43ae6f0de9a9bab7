package io.github.debrickedmaven.scan;

import java.util.List;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;

/**
 * Writes a resolved dependency tree in the Trivial Graph Format that
 * {@code mvn dependency:tree -DoutputType=tgf} writes, which Debricked reads from
 * {@code maven.debricked.lock}: one line per node ({@code id groupId:artifactId:type[:classifier]:version[:scope]},
 * {@code (optional)} appended where it applies), a {@code #} line, then one line per edge
 * ({@code parentId childId scope}). Nodes come in pre-order, edges as each child's subtree ends,
 * as the dependency plugin writes them.
 */
public final class TgfWriter {

    private final StringBuilder nodes = new StringBuilder();
    private final StringBuilder edges = new StringBuilder();
    private int nextId = 1;

    private TgfWriter() {
    }

    /**
     * @param rootLabel the project's own node, {@code groupId:artifactId:packaging:version}
     * @param root the resolved graph's root, as Maven's resolver returns it for the project
     */
    public static String write(String rootLabel, DependencyNode root) {
        TgfWriter writer = new TgfWriter();
        int rootId = writer.node(rootLabel);
        writer.children(rootId, root.getChildren());
        return writer.nodes + "#\n" + writer.edges;
    }

    private void children(int parentId, List<DependencyNode> children) {
        for (DependencyNode child : children) {
            Dependency dependency = child.getDependency();
            int id = node(label(dependency));
            children(id, child.getChildren());
            edges.append(parentId).append(' ').append(id).append(' ').append(dependency.getScope()).append('\n');
        }
    }

    private int node(String label) {
        int id = nextId++;
        nodes.append(id).append(' ').append(label).append('\n');
        return id;
    }

    static String label(Dependency dependency) {
        Artifact artifact = dependency.getArtifact();
        StringBuilder label = new StringBuilder()
                .append(artifact.getGroupId()).append(':')
                .append(artifact.getArtifactId()).append(':')
                .append(artifact.getProperty("type", artifact.getExtension())).append(':');
        if (!artifact.getClassifier().isEmpty()) {
            label.append(artifact.getClassifier()).append(':');
        }
        label.append(artifact.getBaseVersion()).append(':').append(dependency.getScope());
        if (dependency.isOptional()) {
            label.append(" (optional)");
        }
        return label.toString();
    }
}
