package io.github.debrickedmaven.maven;

import io.github.debrickedmaven.auth.AuthenticationException;
import io.github.debrickedmaven.auth.Credentials;
import io.github.debrickedmaven.call.FailWhenException;
import io.github.debrickedmaven.client.BaseUrl;
import io.github.debrickedmaven.client.ClientSettings;
import io.github.debrickedmaven.client.DebrickedClient;
import io.github.debrickedmaven.client.DebrickedException;
import io.github.debrickedmaven.client.ProxySettings;
import io.github.debrickedmaven.client.RetryPolicy;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal shares: the connection parameters, credentials, skip, offline and failOnError.
 * Subclasses check their configuration in {@link #prepare()} and do their work in
 * {@link #run(Connection)}.
 */
public abstract class AbstractDebrickedMojo extends AbstractMojo {

    static final String DEFAULT_BASE_URL = "https://debricked.com";

    /**
     * Scheme and host of the Debricked API. Default: the environment variable {@code DEBRICKED_URI}
     * when set, else {@code https://debricked.com}.
     */
    @Parameter(property = "debricked.baseUrl")
    String baseUrl;

    /**
     * Id of the settings.xml server entry holding the access token (its password alone), or a username
     * and password to log in with. Encrypted values are decrypted through Maven's settings decrypter.
     */
    @Parameter(property = "debricked.serverId", defaultValue = "debricked")
    String serverId;

    /**
     * Name of the environment variable holding a Debricked access token. When it is set and not blank
     * it wins over the settings.xml server.
     */
    @Parameter(property = "debricked.tokenEnvironmentVariable", defaultValue = "DEBRICKED_TOKEN")
    String tokenEnvironmentVariable;

    /** Do nothing, and log one line saying so. */
    @Parameter(property = "debricked.skip", defaultValue = "false")
    boolean skip;

    /** Seconds to wait for a connection to open. */
    @Parameter(property = "debricked.connectTimeout", defaultValue = "10")
    int connectTimeout;

    /** Seconds to wait for a response (socket inactivity). */
    @Parameter(property = "debricked.timeout", defaultValue = "60")
    int timeout;

    /**
     * Repeats of one request on 429, 503 and transient faults (other 5xx and I/O errors are repeated
     * only for idempotent methods). Waits follow {@code Retry-After}, else 3 s, 6 s, 12 s, then 15 s.
     */
    @Parameter(property = "debricked.maxRetries", defaultValue = "3")
    int maxRetries;

    /**
     * Longest single wait, in seconds, accepted from a {@code Retry-After}; a longer one fails at once,
     * saying how long Debricked asked to wait.
     */
    @Parameter(property = "debricked.maxRetryWait", defaultValue = "300")
    int maxRetryWait;

    /** Where response bodies and results are written. */
    @Parameter(property = "debricked.outputDirectory", defaultValue = "${project.build.directory}/debricked")
    File outputDirectory;

    /**
     * When {@code false}, an error reaching or using Debricked (network, authentication, unexpected
     * status, timeout) is logged as a WARNING and the build goes on. Configuration mistakes always fail.
     */
    @Parameter(property = "debricked.failOnError", defaultValue = "true")
    boolean failOnError;

    /**
     * Allow plain {@code http://} to a host other than loopback (127.0.0.0/8, ::1, localhost). The
     * access token and JWT would travel unencrypted.
     */
    @Parameter(property = "debricked.allowInsecureHttp", defaultValue = "false")
    boolean allowInsecureHttp;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    private final DebrickedServices services;
    private final SettingsSecrets settingsSecrets;

    protected AbstractDebrickedMojo(DebrickedServices services, SettingsDecrypter decrypter) {
        this.services = services;
        this.settingsSecrets = new SettingsSecrets(decrypter);
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Debricked " + goal() + ": debricked.skip is true.");
            if (!skipped()) {
                return;
            }
        }
        URI base = baseUrl();
        checkLimits();
        if (!skip && !prepare()) {
            return;
        }
        if (session.isOffline()) {
            getLog().warn("Skipping Debricked " + goal() + " because Maven is offline (-o): no request was made.");
            return;
        }
        try {
            run(new Connection(base));
        } catch (AuthenticationException | DebrickedException e) {
            fail(new MojoExecutionException(e.getMessage(), e));
        } catch (CredentialResolver.MissingCredentialsException e) {
            fail(e);
        } catch (FailWhenException e) {
            // a verdict, not an error: failOnError does not soften it
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The goal's name, for log lines. */
    protected abstract String goal();

    /**
     * Checks the goal's own configuration and does its local work; runs before any request, even
     * offline.
     *
     * @return whether there is anything to send to Debricked
     */
    protected abstract boolean prepare() throws MojoExecutionException;

    /**
     * Called instead of {@link #prepare()} when {@code skip} is set.
     *
     * @return whether this execution must still talk to Debricked (for others' work)
     */
    protected boolean skipped() {
        return false;
    }

    /** Does the goal's work. */
    protected abstract void run(Connection connection) throws MojoExecutionException, MojoFailureException;

    /**
     * The output directory. Outside a project Maven leaves {@code ${project.build.directory}}
     * unresolved, so the default then becomes {@code target/debricked} under the current directory.
     */
    protected final Path outputDirectory() {
        if (outputDirectory.getPath().contains("${")) {
            return Path.of(session.getExecutionRootDirectory(), "target", "debricked");
        }
        return outputDirectory.toPath();
    }

    /** An environment variable, read through the Maven session ({@code env.*}) so that tests can set it. */
    protected final String environment(String name) {
        return session.getSystemProperties().getProperty("env." + name);
    }

    private void fail(MojoExecutionException error) throws MojoExecutionException {
        if (failOnError) {
            throw error;
        }
        getLog().warn(error.getMessage());
        getLog().warn("The build goes on because debricked.failOnError is false.");
    }

    private void checkLimits() throws InvalidConfigurationException {
        if (connectTimeout <= 0 || timeout <= 0) {
            throw new InvalidConfigurationException("debricked.connectTimeout (" + connectTimeout
                    + ") and debricked.timeout (" + timeout + ") must be positive numbers of seconds.");
        }
        if (maxRetries < 0 || maxRetryWait < 0) {
            throw new InvalidConfigurationException("debricked.maxRetries (" + maxRetries
                    + ") and debricked.maxRetryWait (" + maxRetryWait + ") must not be negative.");
        }
    }

    private URI baseUrl() throws InvalidConfigurationException {
        String raw = baseUrl;
        if (raw == null || raw.isBlank()) {
            raw = environment("DEBRICKED_URI");
        }
        if (raw == null || raw.isBlank()) {
            raw = DEFAULT_BASE_URL;
        }
        try {
            return BaseUrl.parse(raw, allowInsecureHttp);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
    }

    /** Opens the shared client the first time a goal needs it, resolving credentials then. */
    protected final class Connection {
        private final URI base;

        private Connection(URI base) {
            this.base = base;
        }

        public DebrickedClient client() throws MojoExecutionException {
            Credentials credentials = new CredentialResolver(settingsSecrets).resolve(AbstractDebrickedMojo.this::environment,
                    tokenEnvironmentVariable, session.getSettings(), serverId);
            getLog().info("Debricked: " + base + ", " + credentials + ".");
            ProxySettings proxy = new ProxySelection(settingsSecrets)
                    .select(session.getSettings() == null ? List.of() : session.getSettings().getProxies(), base)
                    .orElse(null);
            if (proxy != null) {
                getLog().info("Debricked: through proxy " + proxy.host() + ":" + proxy.port() + ".");
            }
            ClientSettings settings = new ClientSettings(base, Duration.ofSeconds(connectTimeout),
                    Duration.ofSeconds(timeout), proxy, "debricked-maven-plugin/" + plugin.getVersion(),
                    new RetryPolicy(maxRetries, Duration.ofSeconds(maxRetryWait), getLog()::info));
            return services.connector().connect(settings, credentials);
        }
    }
}
