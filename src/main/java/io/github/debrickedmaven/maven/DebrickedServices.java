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

    private final DebrickedConnector connector = new DebrickedConnector(Clock.systemUTC());

    public DebrickedConnector connector() {
        return connector;
    }
}
