package io.github.debrickedmaven.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The JWT for one (base URL, credentials) pair, shared by every module and thread of the build.
 *
 * <p>All methods are synchronized so that threads which need a token at the same moment wait for a
 * single login instead of each making their own.
 */
public final class Session {

    /** A token with less than this left is renewed before use. */
    public static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

    private final Credentials credentials;
    private final Clock clock;

    private Jwt current;
    private AuthenticationException refusal;

    public Session(Credentials credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Credentials credentials() {
        return credentials;
    }

    /**
     * A token to send now: the cached one, or a new one when there is none or it is about to expire.
     *
     * @param login how the caller reaches Debricked, used only if a login is needed
     */
    public synchronized Jwt token(Login login) {
        if (current == null || current.expiresWithin(RENEWAL_MARGIN, clock.instant())) {
            current = logIn(login);
        }
        return current;
    }

    /**
     * A token to repeat a request with after Debricked answered 401 to {@code rejected}. Only the
     * first thread to report a given token logs in again; the others get the token it obtained.
     */
    public synchronized Jwt renewAfterRejection(Jwt rejected, Login login) {
        if (current == null || current == rejected) {
            current = null;
            current = logIn(login);
        }
        return current;
    }

    private Jwt logIn(Login login) {
        if (refusal != null) {
            // Debricked already refused these credentials in this build: asking again cannot help.
            throw refusal;
        }
        try {
            return login.login(credentials);
        } catch (AuthenticationException e) {
            if (e.isRejected()) {
                refusal = e;
            }
            throw e;
        }
    }
}
