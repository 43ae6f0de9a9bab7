package io.github.debrickedmaven.maven;

import io.github.debrickedmaven.client.DebrickedConnector;
import java.time.Clock;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * The build-wide state of the plugin: HTTP connection pools and JWTs, shared by every module and
 * thread of one Maven process. It holds nothing that belongs to one module or execution.
 */
@Named
@Singleton
public class DebrickedServices {

    private volatile DebrickedConnector connector;

    /**
     * The connector, created on first use so that executions that skip, run offline or fail on their
     * configuration never load the HTTP client.
     */
    public DebrickedConnector connector() {
        DebrickedConnector current = connector;
        if (current == null) {
            synchronized (this) {
                current = connector;
                if (current == null) {
                    current = new DebrickedConnector(Clock.systemUTC());
                    connector = current;
                }
            }
        }
        return current;
    }
}
