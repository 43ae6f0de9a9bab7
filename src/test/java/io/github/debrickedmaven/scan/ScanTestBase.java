package io.github.debrickedmaven.scan;

import io.github.debrickedmaven.auth.Credentials;
import io.github.debrickedmaven.client.DebrickedConnector;
import io.github.debrickedmaven.client.TestClients;
import io.github.debrickedmaven.testserver.FakeDebricked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A {@link ScanUploader} talking to a fresh stand-in, and reactors of files to give it. */
abstract class ScanTestBase {

    static final RepositoryMetadata METADATA = new RepositoryMetadata("acme/shop",
            "0123456789abcdef0123456789abcdef01234567", "main", "https://github.com/acme/shop", "Ada",
            "githubActions", "test");

    @TempDir
    Path dir;

    FakeDebricked debricked;
    private DebrickedConnector connector;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        debricked = FakeDebricked.start().acceptToken("tok");
        connector = new DebrickedConnector(Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        connector.close();
        debricked.close();
    }

    ScanOutcome scan(List<ScanFile> files, Duration timeout) {
        ScanSettings settings = new ScanSettings(METADATA, "main", Duration.ofMillis(100), timeout, 4);
        return new ScanUploader(connector.connect(TestClients.settings(debricked.baseUrl()),
                Credentials.accessToken("tok", "test")), settings, log::add).scan(files);
    }

    /** A reactor of {@code modules} modules: the root and m1..m(n-1), each with pom.xml and lock file. */
    List<ScanFile> reactor(int modules) throws Exception {
        List<ScanFile> files = new ArrayList<>();
        for (int i = 0; i < modules; i++) {
            String relative = i == 0 ? "" : "m" + i;
            Path module = Files.createDirectories(dir.resolve(relative));
            files.add(new ScanFile(Files.writeString(module.resolve("pom.xml"), "<project/>"), relative));
            files.add(new ScanFile(Files.writeString(module.resolve("maven.debricked.lock"), "1 a:b:jar:1\n#\n"),
                    relative));
        }
        return files;
    }

}
