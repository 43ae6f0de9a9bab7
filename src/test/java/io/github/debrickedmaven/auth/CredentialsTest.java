package io.github.debrickedmaven.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void anAccessTokenLogsInAtLoginRefresh() {
        Credentials credentials = Credentials.accessToken(" tok-123 \n", "environment variable DEBRICKED_TOKEN");

        assertThat(credentials.loginForm().path()).isEqualTo("/api/login_refresh");
        assertThat(credentials.loginForm().fields()).containsExactly(java.util.Map.entry("refresh_token", "tok-123"));
        assertThat(credentials).hasToString("access token from environment variable DEBRICKED_TOKEN");
        assertThat(credentials.loginForm().toString()).doesNotContain("tok-123");
    }

    @Test
    void aUsernameAndPasswordLogInAtLoginCheck() {
        Credentials credentials = Credentials.usernamePassword("ada", "pw", "settings.xml server 'debricked'");

        assertThat(credentials.loginForm().path()).isEqualTo("/api/login_check");
        assertThat(credentials.loginForm().fields()).containsKeys("_username", "_password");
        assertThat(credentials.toString()).doesNotContain("pw").contains("username and password");
    }

    @Test
    void sameSecretSameFingerprintWhateverTheSource() {
        assertThat(Credentials.accessToken("t", "a").fingerprint())
                .isEqualTo(Credentials.accessToken("t", "b").fingerprint())
                .isNotEqualTo(Credentials.accessToken("u", "a").fingerprint())
                .doesNotContain("t");
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThatThrownBy(() -> Credentials.accessToken("  ", "environment variable X"))
                .hasMessageContaining("environment variable X");
    }
}
