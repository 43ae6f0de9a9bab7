package io.github.debrickedmaven.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A JWT issued by Debricked. Its {@code exp} claim is read, never verified: the server verifies it,
 * the plugin only needs to know when to renew it.
 */
public final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String value;
    private final Instant expiresAt;

    private Jwt(String value, Instant expiresAt) {
        this.value = value;
        this.expiresAt = expiresAt;
    }

    /** Reads the token; an unreadable payload or one without {@code exp} gives a token without expiry. */
    public static Jwt parse(String value) {
        return new Jwt(value, readExpiry(value));
    }

    private static Instant readExpiry(String value) {
        String[] parts = value.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode exp = JSON.readTree(new String(payload, StandardCharsets.UTF_8)).path("exp");
            return exp.isNumber() ? Instant.ofEpochSecond(exp.asLong()) : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null; // not a JWT we can read: use it until Debricked answers 401
        }
    }

    /** The value for {@code Authorization: Bearer}. */
    public String value() {
        return value;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** True when the token expires within {@code margin} of {@code now}; a token without expiry never does. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Jwt[expiresAt=" + (expiresAt == null ? "unknown" : expiresAt) + "]";
    }
}
