package io.github.debrickedmaven.client;

import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * HttpClient's own retry strategy, extended with what Debricked needs:
 *
 * <ul>
 *   <li>429 and 503 are repeated for any method, other 5xx (not 501) and I/O faults only for
 *       idempotent ones;</li>
 *   <li>{@code Retry-After} (seconds or HTTP date, parsed by the parent class) is honoured up to the
 *       execution's {@code maxRetryWait}; a longer one ends the request at once;</li>
 *   <li>without it the wait grows 3 s, 6 s, 12 s, capped at 15 s;</li>
 *   <li>limits and logging come per request from a {@link RetryState} in the context, because one
 *       client (and so one strategy) serves every module of the build.</li>
 * </ul>
 */
final class DebrickedRetryStrategy extends DefaultHttpRequestRetryStrategy {

    DebrickedRetryStrategy() {
        // The parent's limits are unused: each request brings its own. A zero default interval marks
        // "no usable Retry-After" in getRetryInterval.
        super(Integer.MAX_VALUE, TimeValue.ZERO_MILLISECONDS,
                List.of(UnknownHostException.class, SSLException.class),
                List.of(HttpStatus.SC_TOO_MANY_REQUESTS, HttpStatus.SC_SERVICE_UNAVAILABLE));
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        RetryState state = RetryState.of(context);
        int status = response.getCode();
        if (state == null || execCount > state.policy.maxRetries() || !retriable(status, state)) {
            return false;
        }
        Duration wait = wait(response, execCount, context);
        if (wait.compareTo(state.policy.maxRetryWait()) > 0) {
            state.refusedWait = wait;
            return false;
        }
        announce(state, "Debricked answered " + status, wait, execCount);
        return true;
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        return TimeValue.of(wait(response, execCount, context));
    }

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        RetryState state = RetryState.of(context);
        if (state == null || execCount > state.policy.maxRetries() || !handleAsIdempotent(request)
                || !super.retryRequest(request, exception, 1, context)) {
            return false;
        }
        announce(state, exception.getClass().getSimpleName()
                + (exception.getMessage() == null ? "" : " (" + exception.getMessage() + ")"),
                RetryPolicy.backoff(execCount), execCount);
        return true;
    }

    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount,
            HttpContext context) {
        return TimeValue.of(RetryPolicy.backoff(execCount));
    }

    private static boolean retriable(int status, RetryState state) {
        if (status == HttpStatus.SC_TOO_MANY_REQUESTS || status == HttpStatus.SC_SERVICE_UNAVAILABLE) {
            return true;
        }
        return status >= 500 && status != HttpStatus.SC_NOT_IMPLEMENTED && Method.isIdempotent(state.method);
    }

    private Duration wait(HttpResponse response, int execCount, HttpContext context) {
        TimeValue retryAfter = super.getRetryInterval(response, execCount, context);
        return TimeValue.isPositive(retryAfter) ? Duration.ofMillis(retryAfter.toMilliseconds())
                : RetryPolicy.backoff(execCount);
    }

    private static void announce(RetryState state, String cause, Duration wait, int execCount) {
        state.attempts = execCount + 1;
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        state.policy.log().accept(cause + " to " + state.request() + "; waiting " + seconds + " s before attempt "
                + (execCount + 1) + " of " + (state.policy.maxRetries() + 1) + ".");
    }
}
