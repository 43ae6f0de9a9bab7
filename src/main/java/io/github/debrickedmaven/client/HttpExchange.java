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
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one prepared request on the shared client, with the execution's timeouts and retry policy,
 * and reads the whole answer.
 */
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
     * @param display "METHOD path" as the user wrote it, for messages
     * @throws DebrickedException when Debricked cannot be reached, keeps answering 429 after every
     *     retry, or asks for a longer wait than the policy accepts; the message never holds a header
     *     or body
     */
    ApiResponse send(ClassicHttpRequest request, String path) {
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
        RetryState retry = new RetryState(settings.retry(), request.getMethod(), path);
        retry.attachTo(context);
        long start = System.nanoTime();
        ApiResponse response;
        try {
            response = http.execute(request, context, answer -> {
                HttpEntity entity = answer.getEntity();
                ResponseBody body = entity == null ? ResponseBody.empty()
                        : ResponseBody.read(entity.getContent(), ResponseBody.IN_MEMORY_LIMIT);
                Header contentType = answer.getFirstHeader(HttpHeaders.CONTENT_TYPE);
                return new ApiResponse(answer.getCode(), contentType == null ? null : contentType.getValue(), body,
                        Duration.ofNanos(System.nanoTime() - start), retry.attempts);
            });
        } catch (IOException e) {
            throw new DebrickedException("Could not reach Debricked at " + settings.baseUrl() + " for "
                    + retry.request() + attempts(retry) + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())
                    + ". Check the network, debricked.baseUrl, debricked.timeout and any proxy in settings.xml.", e);
        }
        if (retry.refusedWait != null) {
            throw new DebrickedException(retry.request() + " -> " + response.status() + ": Debricked asked to wait "
                    + retry.refusedWait.toSeconds() + " s (Retry-After) before trying again, longer than"
                    + " debricked.maxRetryWait (" + settings.retry().maxRetryWait().toSeconds() + " s). "
                    + rateLimitNote(response.status()) + "Run the build later, or raise debricked.maxRetryWait.");
        }
        if (response.status() == HttpStatus.SC_TOO_MANY_REQUESTS) {
            throw new DebrickedException(retry.request() + " -> 429 Too Many Requests" + attempts(retry) + ". "
                    + rateLimitNote(429) + "Spread the calls out, run the build later, or raise"
                    + " debricked.maxRetries.");
        }
        return response;
    }

    private static String attempts(RetryState retry) {
        return retry.attempts > 1 ? " (after " + retry.attempts + " attempts)" : "";
    }

    private static String rateLimitNote(int status) {
        return status == HttpStatus.SC_TOO_MANY_REQUESTS ? RetryPolicy.RATE_LIMITS + ". " : "";
    }
}
