package io.github.debrickedmaven.client;

import io.github.debrickedmaven.auth.Credentials;
import io.github.debrickedmaven.auth.SessionRegistry;
import java.time.Clock;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Hands out {@link DebrickedClient}s that share HTTP connection pools and JWTs across the whole
 * Maven process. Holds only build-wide state; everything per execution comes in as arguments.
 */
public final class DebrickedConnector implements AutoCloseable {

    private final HttpClientRegistry httpClients = new HttpClientRegistry();
    private final SessionRegistry sessions;

    public DebrickedConnector(Clock clock) {
        this.sessions = new SessionRegistry(clock);
    }

    /** A client for these settings, logged in (lazily) with these credentials. */
    public DebrickedClient connect(ClientSettings settings, Credentials credentials) {
        CloseableHttpClient http = httpClients.client(settings);
        HttpExchange exchange = new HttpExchange(http, settings);
        return new DebrickedClient(exchange, sessions.session(settings.baseUrl().toString(), credentials));
    }

    @Override
    public void close() throws Exception {
        httpClients.close();
    }
}
