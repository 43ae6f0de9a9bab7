package io.github.debrickedmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debrickedmaven.client.ProxySettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Proxy;
import org.junit.jupiter.api.Test;

class ProxySelectionTest {

    /** Values here are not encrypted, so Maven's decrypter hands them back unchanged. */
    private final ProxySelection selection = new ProxySelection(new SettingsSecrets(
            MavenCrypto.decrypter(Path.of("no-such-settings-security.xml"))));

    private static Proxy proxy(String id, String protocol, boolean active, String nonProxyHosts) {
        Proxy proxy = new Proxy();
        proxy.setId(id);
        proxy.setProtocol(protocol);
        proxy.setActive(active);
        proxy.setHost(id + ".corp");
        proxy.setPort(3128);
        proxy.setUsername("u");
        proxy.setPassword("p");
        proxy.setNonProxyHosts(nonProxyHosts);
        return proxy;
    }

    @Test
    void picksTheFirstActiveProxyForTheScheme() throws Exception {
        Optional<ProxySettings> chosen = selection.select(List.of(proxy("off", "https", false, null),
                proxy("plain", "http", true, null), proxy("secure", "https", true, null)),
                URI.create("https://debricked.com"));

        assertThat(chosen).map(ProxySettings::host).contains("secure.corp");
        assertThat(chosen.get().toString()).doesNotContain("p]").contains("user u");
    }

    @Test
    void anHttpProxyAlsoServesHttpsAsForMaven() throws Exception {
        assertThat(selection.select(List.of(proxy("plain", "http", true, null)), URI.create("https://debricked.com")))
                .map(ProxySettings::host).contains("plain.corp");
    }

    @Test
    void honoursNonProxyHosts() throws Exception {
        assertThat(selection.select(List.of(proxy("p", "https", true, "localhost|*.debricked.com")),
                URI.create("https://eu.debricked.com"))).isEmpty();
        assertThat(ProxySelection.isNonProxyHost("a.com,B.COM", "b.com")).isTrue();
        assertThat(ProxySelection.isNonProxyHost("*.debricked.com", "debricked.com.evil.org")).isFalse();
        assertThat(ProxySelection.isNonProxyHost(null, "debricked.com")).isFalse();
    }

    @Test
    void noProxyWithoutSettings() throws Exception {
        assertThat(selection.select(List.of(), URI.create("https://debricked.com"))).isEmpty();
    }
}
