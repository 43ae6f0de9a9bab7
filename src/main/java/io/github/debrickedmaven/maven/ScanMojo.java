package io.github.debrickedmaven.maven;

import io.github.debrickedmaven.output.AtomicFiles;
import io.github.debrickedmaven.scan.CiEnvironment;
import io.github.debrickedmaven.scan.GitCheckout;
import io.github.debrickedmaven.scan.RepositoryMetadata;
import io.github.debrickedmaven.scan.ScanFile;
import io.github.debrickedmaven.scan.ScanOutcome;
import io.github.debrickedmaven.scan.ScanReport;
import io.github.debrickedmaven.scan.ScanSettings;
import io.github.debrickedmaven.scan.ScanUploader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Scans the reactor's dependencies with Debricked.
 *
 * <p>Each module writes {@code maven.debricked.lock}: its resolved dependency tree (test scope
 * included) in the Trivial Graph Format of {@code mvn dependency:tree -DoutputType=tgf}, computed in
 * this build. After the last module, once per reactor (also under {@code -T}), every module's
 * {@code pom.xml} and lock file are uploaded, the upload is finished, and the scan status is polled
 * until Debricked is done. The result is logged and written to {@code target/debricked/scan-result.json}
 * of the reactor root; a triggered automation rule with {@code failPipeline} fails the build.
 */
@Mojo(name = "scan", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ScanMojo extends AbstractDebrickedMojo {

    static final String LOCK_FILE = "maven.debricked.lock";

    /** Write the lock file beside the module's pom.xml; when false, under {@code outputDirectory}. */
    @Parameter(property = "debricked.lockFileBesidePom", defaultValue = "true")
    boolean lockFileBesidePom;

    /** Write the lock files and log what would be uploaded, without any request. */
    @Parameter(property = "debricked.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Seconds between two scan status calls. */
    @Parameter(property = "debricked.pollInterval", defaultValue = "10")
    int pollInterval;

    /** Seconds to wait for the scan result in all; then the goal fails. */
    @Parameter(property = "debricked.pollTimeout", defaultValue = "1800")
    int pollTimeout;

    /**
     * Repository name in Debricked, e.g. {@code acme/shop}. Default: env {@code DEBRICKED_REPOSITORY},
     * the CI's own variables, then the first remote of the local git checkout.
     */
    @Parameter(property = "debricked.repository")
    String repository;

    /** Commit name. Default: env {@code DEBRICKED_COMMIT}, the CI's variables, then git HEAD. */
    @Parameter(property = "debricked.commit")
    String commit;

    /** Branch name. Default: env {@code DEBRICKED_BRANCH}, the CI's variables, then the checked-out branch. */
    @Parameter(property = "debricked.branch")
    String branch;

    /** Web URL of the repository, for links. Default: the CI's variables, then the git remote. */
    @Parameter(property = "debricked.repositoryUrl")
    String repositoryUrl;

    /** Author of the commit. Default: env {@code DEBRICKED_AUTHOR}, then the CI's variables. */
    @Parameter(property = "debricked.author")
    String author;

    /**
     * Integration name sent when finishing the upload. Default: env {@code DEBRICKED_INTEGRATION}, the
     * detected CI ({@code githubActions}, {@code gitlab}, ...), else {@code maven}.
     */
    @Parameter(property = "debricked.integration")
    String integration;

    /** The repository's default branch, sent with the uploads when set. */
    @Parameter(property = "debricked.defaultBranch")
    String defaultBranch;

    /** Fail the build when a triggered automation rule says {@code failPipeline}. */
    @Parameter(property = "debricked.failOnAutomationRules", defaultValue = "true")
    boolean failOnAutomationRules;

    /** Fail the build when Debricked's queue is too long to wait for the result (status 201). */
    @Parameter(property = "debricked.failOnLongQueue", defaultValue = "false")
    boolean failOnLongQueue;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    private final DependencyTrees trees;
    private List<ModuleFiles> reactorFiles;

    @Inject
    public ScanMojo(DebrickedServices services, SettingsDecrypter decrypter, ProjectDependenciesResolver resolver) {
        super(services, decrypter);
        this.trees = new DependencyTrees(resolver);
    }

    @Override
    protected String goal() {
        return "scan";
    }

    @Override
    protected boolean skipped() {
        // a skipped module takes no part, but the reactor must still learn it is done
        ModuleFiles none = new ModuleFiles(relativeDir(), project.getFile().toPath(), null);
        reactorFiles = ReactorScan.record(session, plugin, mojoExecution, project, none);
        if (reactorFiles == null || reactorFiles.stream().allMatch(m -> m.lockFile() == null)) {
            return false;
        }
        getLog().info("This module is skipped, but it is the reactor's last: the other modules are scanned.");
        return readyToUpload();
    }

    @Override
    protected boolean prepare() throws MojoExecutionException {
        if (pollInterval < 1 || pollTimeout < pollInterval) {
            throw new InvalidConfigurationException("debricked.pollInterval (" + pollInterval + ") must be at least 1"
                    + " second and debricked.pollTimeout (" + pollTimeout + ") at least the interval.");
        }
        Path lockFile = (lockFileBesidePom ? project.getBasedir().toPath() : outputDirectory()).resolve(LOCK_FILE);
        try {
            AtomicFiles.write(lockFile, trees.tgf(project, session.getRepositorySession()));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + lockFile + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + lockFile);
        reactorFiles = ReactorScan.record(session, plugin, mojoExecution, project,
                new ModuleFiles(relativeDir(), project.getFile().toPath(), lockFile));
        return readyToUpload();
    }

    private boolean readyToUpload() {
        if (reactorFiles == null) {
            getLog().info("The Debricked upload runs after the reactor's last module that scans.");
            return false;
        }
        if (dryRun) {
            RepositoryMetadata metadata = metadata();
            getLog().info("Dry run: would upload " + files().size() + " files to Debricked as repository "
                    + orUnknown(metadata.repository()) + ", commit " + orUnknown(metadata.commit()) + ":");
            files().forEach(f -> getLog().info("  " + display(f)));
            return false;
        }
        return true;
    }

    @Override
    protected void run(Connection connection) throws MojoExecutionException, MojoFailureException {
        RepositoryMetadata metadata = metadata();
        if (metadata.repository() == null || metadata.commit() == null) {
            throw new InvalidConfigurationException("Debricked needs a repository and a commit to file the scan"
                    + " under, and " + (metadata.repository() == null ? "the repository" : "the commit")
                    + " is unknown: set debricked." + (metadata.repository() == null ? "repository" : "commit")
                    + " (or env DEBRICKED_" + (metadata.repository() == null ? "REPOSITORY" : "COMMIT")
                    + "), or build from a git checkout.");
        }
        getLog().info("Scanning " + files().size() + " files as repository " + metadata.repository() + ", commit "
                + metadata.commit() + (metadata.branch() == null ? "" : ", branch " + metadata.branch())
                + (metadata.source() == null ? "" : " (from " + metadata.source() + ")") + ".");
        ScanSettings settings = new ScanSettings(metadata, defaultBranch, Duration.ofSeconds(pollInterval),
                Duration.ofSeconds(pollTimeout), 4);
        ScanOutcome outcome = new ScanUploader(connection.client(), settings, getLog()::info).scan(files());
        writeResult(outcome);
        report(outcome);
    }

    private void report(ScanOutcome outcome) throws MojoFailureException {
        ScanReport report = new ScanReport(outcome.result());
        if (outcome.queueTooLong()) {
            String message = "Debricked's queue is too long to wait for the scan result; see it later at "
                    + report.detailsUrl();
            if (failOnLongQueue) {
                throw new MojoFailureException(message + " (debricked.failOnLongQueue is true).");
            }
            getLog().warn(message);
            return;
        }
        report.lines().forEach(getLog()::info);
        for (String rule : report.rulesWith("warnPipeline")) {
            getLog().warn("Debricked automation rule asks to warn: " + rule);
        }
        List<String> failing = report.rulesWith("failPipeline");
        if (!failing.isEmpty()) {
            String message = "Debricked automation rules failed the scan: " + String.join("; ", failing)
                    + ". Details: " + report.detailsUrl();
            if (failOnAutomationRules) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (the build goes on: debricked.failOnAutomationRules is false)");
        }
    }

    private void writeResult(ScanOutcome outcome) throws MojoExecutionException {
        MavenProject root = session.getTopLevelProject() != null ? session.getTopLevelProject() : project;
        Path file = Path.of(root.getBuild().getDirectory(), "debricked", "scan-result.json");
        try {
            outcome.body().writeTo(file);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("Scan result: " + file);
    }

    private List<ScanFile> files() {
        List<ScanFile> files = new ArrayList<>();
        for (ModuleFiles module : reactorFiles) {
            if (module.lockFile() != null) {
                files.add(new ScanFile(module.pom(), module.relativeDir()));
                files.add(new ScanFile(module.lockFile(), module.relativeDir()));
            }
        }
        return files;
    }

    private RepositoryMetadata metadata() {
        RepositoryMetadata parameters = new RepositoryMetadata(repository, commit, branch, repositoryUrl, author,
                integration, repository == null ? null : "debricked.repository");
        return parameters.orElse(CiEnvironment.readDebricked(this::environment))
                .orElse(CiEnvironment.read(this::environment))
                .orElse(GitCheckout.read(Path.of(session.getExecutionRootDirectory())));
    }

    private String relativeDir() {
        Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        Path dir = project.getBasedir().toPath().toAbsolutePath().normalize();
        return dir.startsWith(root) ? root.relativize(dir).toString().replace('\\', '/') : dir.toString();
    }

    private static String display(ScanFile file) {
        return (file.relativeDir().isEmpty() ? "" : file.relativeDir() + "/") + file.file().getFileName()
                + " (" + file.file() + ")";
    }

    private static String orUnknown(String value) {
        return value == null ? "(unknown)" : value;
    }
}
