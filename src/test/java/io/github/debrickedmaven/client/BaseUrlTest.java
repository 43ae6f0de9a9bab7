package io.github.debrickedmaven.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @Test
    void acceptsHttpsAndDropsATrailingSlash() {
        assertThat(BaseUrl.parse("https://debricked.com/", false)).hasToString("https://debricked.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:1", "http://127.3.4.5", "http://[::1]:9"})
    void acceptsPlainHttpToLoopback(String url) {
        assertThat(BaseUrl.parse(url, false)).hasToString(url);
    }

    @Test
    void refusesPlainHttpElsewhereUnlessAllowed() {
        assertThatThrownBy(() -> BaseUrl.parse("http://debricked.internal", false))
                .hasMessageContaining("Refusing to send Debricked credentials over plain http to debricked.internal")
                .hasMessageContaining("debricked.allowInsecureHttp");
        assertThat(BaseUrl.parse("http://debricked.internal", true)).hasToString("http://debricked.internal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"debricked.com", "ftp://debricked.com", "https://", "https://h/x?y=1", "https://a b",
        "https://user:pw@debricked.com"})
    void refusesWhatIsNotABaseUrl(String url) {
        assertThatThrownBy(() -> BaseUrl.parse(url, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Debricked base URL");
    }

    @Test
    void loopbackIsDecidedWithoutDns() {
        assertThat(BaseUrl.isLoopback("LOCALHOST")).isTrue();
        assertThat(BaseUrl.isLoopback("127.0.0.1.example.com")).isFalse();
        assertThat(BaseUrl.isLoopback("128.0.0.1")).isFalse();
    }
}
