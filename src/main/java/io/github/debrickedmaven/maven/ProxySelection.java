package io.github.debrickedmaven.maven;

import io.github.debrickedmaven.client.ProxySettings;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;

/** Picks the settings.xml proxy for the Debricked base URL, as Maven picks one for a repository. */
final class ProxySelection {

    private final SettingsSecrets secrets;

    ProxySelection(SettingsSecrets secrets) {
        this.secrets = secrets;
    }

    /**
     * The first active proxy whose protocol is the base URL's scheme (an {@code http} proxy also
     * serves https, as it does for Maven's own downloads), unless the host is in its
     * {@code nonProxyHosts}.
     */
    Optional<ProxySettings> select(List<Proxy> proxies, URI baseUrl) throws MojoExecutionException {
        String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
        Proxy chosen = proxies.stream().filter(Proxy::isActive)
                .filter(p -> scheme.equalsIgnoreCase(p.getProtocol()))
                .findFirst()
                .orElseGet(() -> proxies.stream().filter(Proxy::isActive)
                        .filter(p -> "http".equalsIgnoreCase(p.getProtocol()))
                        .findFirst().orElse(null));
        if (chosen == null || isNonProxyHost(chosen.getNonProxyHosts(), baseUrl.getHost())) {
            return Optional.empty();
        }
        Proxy proxy = secrets.decrypt(chosen);
        return Optional.of(new ProxySettings(proxy.getHost(), proxy.getPort(), proxy.getUsername(),
                proxy.getPassword()));
    }

    /** Maven's nonProxyHosts: patterns separated by | or , with * as a wildcard, any case. */
    static boolean isNonProxyHost(String nonProxyHosts, String host) {
        if (nonProxyHosts == null || nonProxyHosts.isBlank()) {
            return false;
        }
        for (String pattern : nonProxyHosts.split("[|,]")) {
            String p = pattern.strip();
            if (p.isEmpty()) {
                continue;
            }
            String regex = Pattern.quote(p.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
            if (host.toLowerCase(Locale.ROOT).matches(regex)) {
                return true;
            }
        }
        return false;
    }
}
