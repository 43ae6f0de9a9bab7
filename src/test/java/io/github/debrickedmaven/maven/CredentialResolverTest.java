package io.github.debrickedmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debrickedmaven.auth.Credentials;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialResolverTest {

    @TempDir
    Path dir;

    private final MavenCrypto crypto = new MavenCrypto("master-pass");
    private CredentialResolver resolver;
    private final Map<String, String> environment = new HashMap<>();
    private final Settings settings = new Settings();

    @BeforeEach
    void setUp() throws Exception {
        Path security = crypto.writeSettingsSecurity(dir.resolve("settings-security.xml"));
        resolver = new CredentialResolver(new SettingsSecrets(MavenCrypto.decrypter(security)));
    }

    private void server(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        settings.addServer(server);
    }

    @Test
    void theEnvironmentVariableWins() throws Exception {
        environment.put("DEBRICKED_TOKEN", "from-env");
        server("debricked", null, "from-settings");

        Credentials credentials = resolver.resolve(environment::get, "DEBRICKED_TOKEN", settings, "debricked");

        assertThat(credentials.loginForm().fields()).containsEntry("refresh_token", "from-env");
        assertThat(credentials.source()).isEqualTo("environment variable DEBRICKED_TOKEN");
    }

    @Test
    void aBlankVariableFallsBackToTheServerByItsId() throws Exception {
        environment.put("MY_TOKEN", "  ");
        server("other", null, "wrong");
        server("corp-debricked", null, "from-settings");

        Credentials credentials = resolver.resolve(environment::get, "MY_TOKEN", settings, "corp-debricked");

        assertThat(credentials.loginForm().fields()).containsEntry("refresh_token", "from-settings");
        assertThat(credentials.source()).isEqualTo("settings.xml server 'corp-debricked'");
    }

    @Test
    void anEncryptedTokenIsDecryptedThroughMaven() throws Exception {
        server("debricked", null, crypto.encrypt("the-real-token"));

        Credentials credentials = resolver.resolve(environment::get, "DEBRICKED_TOKEN", settings, "debricked");

        assertThat(credentials.loginForm().fields()).containsEntry("refresh_token", "the-real-token");
    }

    @Test
    void aUsernameMakesItALogin() throws Exception {
        server("debricked", "ada@example.com", crypto.encrypt("pw"));

        Credentials credentials = resolver.resolve(environment::get, "DEBRICKED_TOKEN", settings, "debricked");

        assertThat(credentials.loginForm().path()).isEqualTo("/api/login_check");
        assertThat(credentials.loginForm().fields()).containsEntry("_username", "ada@example.com")
                .containsEntry("_password", "pw");
    }

    @Test
    void aValueEncryptedWithAnotherMasterFailsClearly() throws Exception {
        server("debricked", null, new MavenCrypto("other-master").encrypt("token"));

        assertThatThrownBy(() -> resolver.resolve(environment::get, "DEBRICKED_TOKEN", settings, "debricked"))
                .hasMessageContaining("Could not decrypt the password of settings.xml server 'debricked'");
    }

    @Test
    void nothingFoundNamesBothWays() {
        assertThatThrownBy(() -> resolver.resolve(environment::get, "DEBRICKED_TOKEN", settings, "debricked"))
                .isInstanceOf(CredentialResolver.MissingCredentialsException.class)
                .hasMessageContaining("environment variable DEBRICKED_TOKEN")
                .hasMessageContaining("<id>debricked</id>");
    }

    @Test
    void aServerWithoutPasswordIsNamed() {
        server("debricked", "ada", null);

        assertThatThrownBy(() -> resolver.resolve(environment::get, "DEBRICKED_TOKEN", settings, "debricked"))
                .hasMessageContaining("settings.xml server 'debricked' has no <password>");
    }
}
