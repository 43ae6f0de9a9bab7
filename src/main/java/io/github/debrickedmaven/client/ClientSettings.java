package io.github.debrickedmaven.client;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach Debricked: everything one execution needs, fixed before the first request.
 *
 * @param baseUrl checked base URL, see {@link BaseUrl#parse}
 * @param connectTimeout time to open a connection
 * @param timeout longest wait for the next bytes of a response
 * @param proxy proxy to use, or null for a direct connection
 * @param userAgent the User-Agent header
 * @param retry how failed requests are repeated
 */
public record ClientSettings(URI baseUrl, Duration connectTimeout, Duration timeout, ProxySettings proxy,
        String userAgent, RetryPolicy retry) {
}
