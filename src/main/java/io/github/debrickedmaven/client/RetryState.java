package io.github.debrickedmaven.client;

import java.time.Duration;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * What the retry strategy knows and learns about one request: kept in the request's
 * {@link HttpContext} because the strategy itself is shared by every execution of the build.
 */
final class RetryState {

    private static final String ATTRIBUTE = RetryState.class.getName();

    final RetryPolicy policy;
    final String method;
    final String path;
    /** Attempts made so far. */
    int attempts = 1;
    /** Set when Debricked asked for a wait longer than {@link RetryPolicy#maxRetryWait()}. */
    Duration refusedWait;

    RetryState(RetryPolicy policy, String method, String path) {
        this.policy = policy;
        this.method = method;
        this.path = path;
    }

    void attachTo(HttpContext context) {
        context.setAttribute(ATTRIBUTE, this);
    }

    static RetryState of(HttpContext context) {
        return context == null ? null : (RetryState) context.getAttribute(ATTRIBUTE);
    }

    String request() {
        return method + " " + path;
    }
}
