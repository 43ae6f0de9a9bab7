package io.github.debrickedmaven.maven;

import io.github.debrickedmaven.scan.TgfWriter;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystemSession;

/**
 * A module's resolved dependency tree, test scope included, through Maven's own resolver in this
 * build: the same graph {@code mvn dependency:tree} prints, without starting Maven again.
 */
final class DependencyTrees {

    private final ProjectDependenciesResolver resolver;

    DependencyTrees(ProjectDependenciesResolver resolver) {
        this.resolver = resolver;
    }

    /** The tree in Trivial Graph Format, as {@code maven.debricked.lock} holds it. */
    byte[] tgf(MavenProject project, RepositorySystemSession repositorySession) throws MojoExecutionException {
        DependencyResolutionResult result;
        try {
            result = resolver.resolve(new DefaultDependencyResolutionRequest(project, repositorySession));
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("Could not resolve the dependencies of " + project.getId() + ": "
                    + e.getMessage() + ". Run mvn dependency:tree -e in that module to see why; for a private"
                    + " repository, configure it and its credentials in settings.xml.", e);
        }
        String root = project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getPackaging() + ":"
                + project.getVersion();
        return TgfWriter.write(root, result.getDependencyGraph()).getBytes(StandardCharsets.UTF_8);
    }
}
