package io.github.debrickedmaven.call;

import java.time.Duration;
import java.util.Set;

/**
 * Repeat a request until the server is done.
 *
 * @param whileStatus repeat while the status is one of these
 * @param until repeat until this holds for a 2xx JSON answer; null for none
 * @param interval time between two attempts
 * @param timeout longest time to keep polling; then the goal fails
 */
public record PollSpec(Set<Integer> whileStatus, Condition until, Duration interval, Duration timeout) {

    public PollSpec {
        whileStatus = Set.copyOf(whileStatus);
    }
}
