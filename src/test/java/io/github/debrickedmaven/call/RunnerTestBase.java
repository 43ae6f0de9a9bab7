package io.github.debrickedmaven.call;

import io.github.debrickedmaven.auth.Credentials;
import io.github.debrickedmaven.client.DebrickedConnector;
import io.github.debrickedmaven.client.TestClients;
import io.github.debrickedmaven.testserver.FakeDebricked;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A {@link RequestRunner} talking to a fresh stand-in, with what it reports recorded. */
abstract class RunnerTestBase {

    @TempDir
    Path dir;

    FakeDebricked debricked;
    RequestRunner runner;
    private DebrickedConnector connector;
    private final RecordingListener listener = new RecordingListener();
    final List<String> log = listener.log;
    final Map<String, String> extracted = listener.extracted;

    @BeforeEach
    void startRunner() throws Exception {
        debricked = FakeDebricked.start().acceptToken("tok");
        connector = new DebrickedConnector(Clock.systemUTC());
        runner = new RequestRunner(connector.connect(TestClients.settings(debricked.baseUrl()),
                Credentials.accessToken("tok", "test")), listener);
    }

    @AfterEach
    void stopRunner() throws Exception {
        connector.close();
        debricked.close();
    }
}
