package io.github.debrickedmaven.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.DefaultDependencyNode;
import org.eclipse.aether.graph.Dependency;
import org.junit.jupiter.api.Test;

class TgfWriterTest {

    private static DefaultDependencyNode node(String coordinates, String scope, boolean optional) {
        return new DefaultDependencyNode(new Dependency(new DefaultArtifact(coordinates), scope, optional));
    }

    @Test
    void writesNodesInPreOrderAndEdgesAsEachSubtreeEndsLikeDependencyTree() {
        DefaultDependencyNode root = new DefaultDependencyNode(new DefaultArtifact("x:sample:jar:1"));
        DefaultDependencyNode http = node("org.apache.httpcomponents.client5:httpclient5:5.6.5", "compile", false);
        http.getChildren().add(node("org.apache.httpcomponents.core5:httpcore5:5.4.4", "compile", false));
        http.getChildren().add(node("org.apache.httpcomponents.core5:httpcore5-h2:5.4.4", "compile", false));
        DefaultDependencyNode junit = node("org.junit.jupiter:junit-jupiter:5.14.4", "test", false);
        junit.getChildren().add(node("org.opentest4j:opentest4j:1.3.0", "test", false));
        root.getChildren().add(http);
        root.getChildren().add(junit);
        root.getChildren().add(node("org.slf4j:slf4j-api:2.0.9", "compile", true));

        String tgf = TgfWriter.write("x:sample:jar:1", root);

        assertThat(tgf).isEqualTo("""
                1 x:sample:jar:1
                2 org.apache.httpcomponents.client5:httpclient5:jar:5.6.5:compile
                3 org.apache.httpcomponents.core5:httpcore5:jar:5.4.4:compile
                4 org.apache.httpcomponents.core5:httpcore5-h2:jar:5.4.4:compile
                5 org.junit.jupiter:junit-jupiter:jar:5.14.4:test
                6 org.opentest4j:opentest4j:jar:1.3.0:test
                7 org.slf4j:slf4j-api:jar:2.0.9:compile (optional)
                #
                2 3 compile
                2 4 compile
                1 2 compile
                5 6 test
                1 5 test
                1 7 compile
                """);
    }

    @Test
    void labelsCarryTypeAndClassifier() {
        DefaultArtifact testJar = new DefaultArtifact("acme", "core", "tests", "jar", "1.0-SNAPSHOT",
                Map.of("type", "test-jar"), (java.io.File) null);

        assertThat(TgfWriter.label(new Dependency(testJar, "test")))
                .isEqualTo("acme:core:test-jar:tests:1.0-SNAPSHOT:test");
    }
}
