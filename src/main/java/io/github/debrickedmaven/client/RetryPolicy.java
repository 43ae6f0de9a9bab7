package io.github.debrickedmaven.client;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How one execution wants failed requests repeated.
 *
 * @param maxRetries repeats of one request at most (so {@code maxRetries + 1} attempts)
 * @param maxRetryWait the longest {@code Retry-After} accepted; a longer one fails at once
 * @param log told, as a sentence, about each wait before a repeat
 */
public record RetryPolicy(int maxRetries, Duration maxRetryWait, Consumer<String> log) {

    /** Debricked's documented rate limits, quoted when a 429 cannot be waited out. */
    static final String RATE_LIMITS = "Debricked allows 500 requests per hour per code contributor on free"
            + " accounts and 5000 on premium ones";

    /** The contract's backoff when Debricked gives no Retry-After: 3 s, 6 s, 12 s, then 15 s. */
    static Duration backoff(int attempt) {
        long seconds = Math.min(15, 3L << Math.min(attempt - 1, 4));
        return Duration.ofSeconds(seconds);
    }
}
