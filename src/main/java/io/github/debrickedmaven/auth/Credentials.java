package io.github.debrickedmaven.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the plugin logs in to Debricked with, and where it came from.
 *
 * <p>{@link #toString()} and {@link #source()} never show a secret: both end up in logs.
 */
public abstract sealed class Credentials permits Credentials.AccessToken, Credentials.UsernamePassword {

    /** How the sources from settings.xml are named: "settings.xml server 'id'". */
    public static final String SETTINGS_SOURCE = "settings.xml server ";

    private final String source;

    private Credentials(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A long-lived Debricked access token, exchanged at {@code /api/login_refresh}. */
    public static Credentials accessToken(String token, String source) {
        return new AccessToken(token, source);
    }

    /** A Debricked username and password, exchanged at {@code /api/login_check}. */
    public static Credentials usernamePassword(String username, String password, String source) {
        return new UsernamePassword(username, password, source);
    }

    /** Where these came from, for the log: "environment variable DEBRICKED_TOKEN". */
    public String source() {
        return source;
    }

    /** What these are, for the log: "access token" or "username and password". */
    public abstract String kind();

    /** A digest that tells credentials apart without holding them as a readable key. */
    abstract String fingerprint();

    /** The login request these credentials make: the only place their secret leaves this object. */
    public abstract LoginForm loginForm();

    /**
     * A login request: path and form fields. {@link #toString()} hides the field values.
     *
     * @param path the login endpoint, relative to the base URL
     * @param fields form fields, in order
     */
    public record LoginForm(String path, Map<String, String> fields) {
        @Override
        public String toString() {
            return "LoginForm[" + path + ", fields=" + fields.keySet() + "]";
        }
    }

    @Override
    public String toString() {
        return kind() + " from " + source;
    }

    /**
     * What a refused login names: "access token from environment variable DEBRICKED_TOKEN", or
     * "credentials from settings.xml server 'debricked'" (which may hold a token or a login).
     */
    public String refusalSubject() {
        return source.startsWith(SETTINGS_SOURCE) ? "credentials from " + source : toString();
    }

    static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** An access token; the token itself is only handed to the login request. */
    public static final class AccessToken extends Credentials {
        private final String token;

        private AccessToken(String token, String source) {
            super(source);
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("The access token from " + source + " is empty");
            }
            this.token = token.strip();
        }

        @Override
        public String kind() {
            return "access token";
        }

        @Override
        String fingerprint() {
            return sha256("token", token);
        }

        @Override
        public LoginForm loginForm() {
            return new LoginForm("/api/login_refresh", Map.of("refresh_token", token));
        }
    }

    /** A username and password login. */
    public static final class UsernamePassword extends Credentials {
        private final String username;
        private final String password;

        private UsernamePassword(String username, String password, String source) {
            super(source);
            if (username == null || username.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("The username or password from " + source + " is empty");
            }
            this.username = username;
            this.password = password;
        }

        @Override
        public String kind() {
            return "username and password";
        }

        @Override
        String fingerprint() {
            return sha256("login", username, password);
        }

        @Override
        public LoginForm loginForm() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_username", username);
            fields.put("_password", password);
            return new LoginForm("/api/login_check", Collections.unmodifiableMap(fields));
        }
    }
}
