package io.github.debrickedmaven.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/** Sends one prepared request on the shared client and reads the whole answer. */
final class HttpExchange {

    private final CloseableHttpClient http;
    private final ClientSettings settings;

    HttpExchange(CloseableHttpClient http, ClientSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    ClientSettings settings() {
        return settings;
    }

    URI uri(String pathAndQuery) {
        return URI.create(settings.baseUrl() + pathAndQuery);
    }

    /**
     * @throws IOException when the connection fails or times out; the message never holds a header
     *     or body, so it is safe to show
     */
    ApiResponse send(ClassicHttpRequest request) throws IOException {
        if (request.getFirstHeader(HttpHeaders.USER_AGENT) == null) {
            request.setHeader(HttpHeaders.USER_AGENT, settings.userAgent());
        }
        if (request.getFirstHeader(HttpHeaders.ACCEPT) == null) {
            request.setHeader(HttpHeaders.ACCEPT, "application/json");
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.timeout()))
                .build());
        long start = System.nanoTime();
        return http.execute(request, context, response -> {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            Header contentType = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
            return new ApiResponse(response.getCode(), contentType == null ? null : contentType.getValue(), body,
                    Duration.ofNanos(System.nanoTime() - start));
        });
    }
}
