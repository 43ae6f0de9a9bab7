package io.github.debrickedmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.debrickedmaven.testserver.FakeDebricked;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code call} goal configured from a real POM by Maven's own configurator, against the stand-in. */
@MojoTest
class CallMojoTest {

    private static final String POM = "classpath:/unit/call/pom.xml";

    @TempDir
    Path dir;

    private FakeDebricked debricked;
    private final Properties system = new Properties();
    private final MavenSession session = mock(MavenSession.class);

    @BeforeEach
    void start() throws Exception {
        debricked = FakeDebricked.start().acceptToken("unit-token");
        system.setProperty("env.DEBRICKED_TOKEN", "unit-token");
        when(session.getSystemProperties()).thenReturn(system);
        when(session.getSettings()).thenReturn(new Settings());
        when(session.getExecutionRootDirectory()).thenReturn(dir.toString());
    }

    @AfterEach
    void stop() {
        debricked.close();
    }

    private CallMojo configure(CallMojo mojo) throws Exception {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion("9.9.9-test");
        MojoExtension.setVariableValueToObject(mojo, "session", session);
        MojoExtension.setVariableValueToObject(mojo, "plugin", plugin);
        MojoExtension.setVariableValueToObject(mojo, "basedir", dir.toFile());
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", dir.resolve("target/debricked").toFile());
        mojo.baseUrl = debricked.baseUrl();
        return mojo;
    }

    @Test
    @InjectMojo(goal = "call", pom = POM)
    void runsTheConfiguredRequestsInOrder(CallMojo mojo) throws Exception {
        debricked.respond("POST", "/api/1.0/open/finishes/dependencies/files/uploads", 204, null);

        configure(mojo).execute();

        assertThat(debricked.requests()).extracting(FakeDebricked.Recorded::path).containsExactly(
                "/api/login_refresh", "/api/1.0/open/repositories/get-repositories-names-links",
                "/api/1.0/open/finishes/dependencies/files/uploads");
        assertThat(debricked.requests().get(1).query()).isEqualTo("order=asc");
        assertThat(debricked.requests().get(1).header("User-Agent")).isEqualTo("debricked-maven-plugin/9.9.9-test");
        assertThat(dir.resolve("target/debricked/repositories.json")).isRegularFile();
        assertThat(dir.resolve("target/debricked/finish.json")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "call", pom = POM)
    void theContractDefaultsApply(CallMojo mojo) {
        assertThat(mojo.serverId).isEqualTo("debricked");
        assertThat(mojo.tokenEnvironmentVariable).isEqualTo("DEBRICKED_TOKEN");
        assertThat(mojo.connectTimeout).isEqualTo(10);
        assertThat(mojo.timeout).isEqualTo(60);
        assertThat(mojo.failOnError).isTrue();
        assertThat(mojo.allowInsecureHttp).isFalse();
        assertThat(mojo.skip).isFalse();
        assertThat(mojo.method).isEqualTo("GET");
    }

    @Test
    @InjectMojo(goal = "call", pom = POM)
    void anAdHocPathReplacesTheConfiguredRequests(CallMojo mojo) throws Exception {
        configure(mojo).path = "/api/1.0/open/user-profile/get-user-info";

        mojo.execute();

        assertThat(debricked.requests()).extracting(FakeDebricked.Recorded::path)
                .containsExactly("/api/login_refresh", "/api/1.0/open/user-profile/get-user-info");
        assertThat(Files.readString(dir.resolve("target/debricked/call.json"))).contains("get-user-info");
    }

    @Test
    @InjectMojo(goal = "call", pom = POM)
    void aBadBaseUrlFailsBeforeAnyRequestEvenWithFailOnErrorOff(CallMojo mojo) throws Exception {
        configure(mojo).baseUrl = "debricked.com";
        mojo.failOnError = false;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'debricked.com' must be an http or https URL");
        assertThat(debricked.requests()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "call", pom = POM)
    void goesThroughTheSettingsProxyWithItsEncryptedPassword(CallMojo mojo) throws Exception {
        MavenCrypto crypto = new MavenCrypto("proxy-master");
        Path security = crypto.writeSettingsSecurity(dir.resolve("settings-security.xml"));
        String previous = System.setProperty("settings.security", security.toString());
        try (FakeDebricked proxy = FakeDebricked.start().acceptToken("unit-token")
                .requireProxyCredentials("corp-user", "corp-pass")) {
            Settings settings = new Settings();
            Proxy settingsProxy = new Proxy();
            settingsProxy.setId("corp");
            settingsProxy.setProtocol("http");
            settingsProxy.setHost("127.0.0.1");
            settingsProxy.setPort(Integer.parseInt(proxy.baseUrl().replaceAll(".*:", "")));
            settingsProxy.setUsername("corp-user");
            settingsProxy.setPassword(crypto.encrypt("corp-pass"));
            settingsProxy.setNonProxyHosts("localhost|*.internal");
            settings.addProxy(settingsProxy);
            when(session.getSettings()).thenReturn(settings);
            configure(mojo).baseUrl = "http://debricked.example:8080";
            mojo.allowInsecureHttp = true;
            proxy.respond("POST", "/api/1.0/open/finishes/dependencies/files/uploads", 204, null);

            mojo.execute();

            assertThat(proxy.requests()).extracting(FakeDebricked.Recorded::target)
                    .contains("http://debricked.example:8080/api/1.0/open/repositories/get-repositories-names-links"
                            + "?order=asc");
            assertThat(proxy.requests()).extracting(FakeDebricked.Recorded::status).contains(407);
            assertThat(debricked.requests()).isEmpty();
        } finally {
            if (previous == null) {
                System.clearProperty("settings.security");
            } else {
                System.setProperty("settings.security", previous);
            }
        }
    }

    @Test
    @InjectMojo(goal = "call", pom = POM)
    void offlineMakesNoRequest(CallMojo mojo) throws Exception {
        when(session.isOffline()).thenReturn(true);

        configure(mojo).execute();

        assertThat(debricked.requests()).isEmpty();
        assertThat(new File(dir.toFile(), "target")).doesNotExist();
    }
}
