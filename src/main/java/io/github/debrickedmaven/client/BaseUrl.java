package io.github.debrickedmaven.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The scheme and host of the Debricked API, checked before anything is sent to it. */
public final class BaseUrl {

    private BaseUrl() {
    }

    /**
     * Parses and checks a base URL: http or https, a host, no query. Plain http is refused for any
     * host but loopback unless {@code allowInsecureHttp}, because the access token would travel in
     * clear text.
     *
     * @return the URL without a trailing slash
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static URI parse(String raw, boolean allowInsecureHttp) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("The Debricked base URL is empty: set debricked.baseUrl,"
                    + " for example https://debricked.com");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The Debricked base URL '" + raw + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("The Debricked base URL '" + raw
                    + "' must be an http or https URL with a host, for example https://debricked.com");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The Debricked base URL '" + raw
                    + "' must hold only a scheme, a host and optionally a port and path");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing to send Debricked credentials over plain http to "
                    + uri.getHost() + ": use https, or set debricked.allowInsecureHttp=true if you really mean it");
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Loopback by name or literal address only: no DNS lookup happens here. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
