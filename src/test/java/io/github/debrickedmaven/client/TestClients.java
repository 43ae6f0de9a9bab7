package io.github.debrickedmaven.client;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/** Client settings for tests: short timeouts, the contract's retry defaults. */
public final class TestClients {

    private TestClients() {
    }

    public static ClientSettings settings(String baseUrl) {
        return settings(baseUrl, line -> { });
    }

    public static ClientSettings settings(String baseUrl, Consumer<String> log) {
        return new ClientSettings(URI.create(baseUrl), Duration.ofSeconds(5), Duration.ofSeconds(5), null,
                "debricked-maven-plugin/test", new RetryPolicy(3, Duration.ofSeconds(300), log));
    }
}
