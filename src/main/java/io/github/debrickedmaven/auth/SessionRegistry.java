package io.github.debrickedmaven.auth;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link Session} per (base URL, credentials) for the whole Maven process. */
public final class SessionRegistry {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public SessionRegistry(Clock clock) {
        this.clock = clock;
    }

    /** The session for these credentials at this base URL. */
    public Session session(String baseUrl, Credentials credentials) {
        String key = baseUrl + '\n' + credentials.fingerprint();
        return sessions.computeIfAbsent(key, k -> new Session(credentials, clock));
    }
}
