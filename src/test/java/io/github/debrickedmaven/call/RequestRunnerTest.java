package io.github.debrickedmaven.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debrickedmaven.client.ApiRequest;
import io.github.debrickedmaven.client.DebrickedException;
import io.github.debrickedmaven.testserver.FakeDebricked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestRunnerTest extends RunnerTestBase {

    private RequestSpec spec(String id, String method, String path, Set<Integer> expected) {
        return new RequestSpec(id, new ApiRequest(method, path, null, null, null), expected,
                dir.resolve("out/" + id + ".json"));
    }

    @Test
    void runsInOrderWritingEachBodyAndLoggingOneLineEach() throws Exception {
        debricked.respond("GET", "/api/1.0/open/a", 200, "{\"a\":1}");
        debricked.respond("GET", "/api/1.0/open/b", 200, "[1,2]");

        runner.run(List.of(spec("a", "GET", "/api/1.0/open/a", Set.of()), spec("b", "GET", "/api/1.0/open/b",
                Set.of())));

        assertThat(Files.readString(dir.resolve("out/a.json"))).isEqualTo("{\"a\":1}");
        assertThat(Files.readString(dir.resolve("out/b.json"))).isEqualTo("[1,2]");
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).matches("\\[a] GET /api/1.0/open/a -> 200 \\(\\d+ ms, 7 B\\) -> .*a\\.json");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.json", "b.json");
        }
    }

    @Test
    void anAnswerTooLargeToHoldInMemoryIsWrittenAsReceivedAndRead() throws Exception {
        // past the in-memory limit the body goes to a temporary file as it arrives
        String big = "{\"components\":[" + "{\"name\":\"lib\"},".repeat(400_000) + "{\"name\":\"last\"}]}";
        debricked.respond("GET", "/api/1.0/open/sbom/download", 200, big);
        RequestSpec download = spec("sbom", "GET", "/api/1.0/open/sbom/download", Set.of());
        RequestSpec withExtract = new RequestSpec(download.id(), download.request(), Set.of(), download.outputFile(),
                Map.of("last", com.fasterxml.jackson.core.JsonPointer.compile("/components/400000/name")), null, null);

        List<CallResult> results = runner.run(List.of(withExtract));

        assertThat(results.get(0).response().body().inMemory()).isFalse();
        assertThat(Files.size(dir.resolve("out/sbom.json"))).isEqualTo(big.length()).isGreaterThan(4L << 20);
        assertThat(Files.readString(dir.resolve("out/sbom.json"))).isEqualTo(big);
        assertThat(extracted).containsEntry("sbom.last", "last");
        assertThat(log.get(0)).contains("-> 200 (").contains(" MiB) -> ");
    }

    @Test
    void a204WritesNoFile() {
        debricked.respond("DELETE", "/api/1.0/open/x", 204, null);

        runner.run(List.of(spec("gone", "DELETE", "/api/1.0/open/x", Set.of())));

        assertThat(dir.resolve("out/gone.json")).doesNotExist();
        assertThat(log.get(0)).matches("\\[gone] DELETE /api/1.0/open/x -> 204 \\(\\d+ ms, 0 B\\)");
    }

    @Test
    void anUnexpectedStatusFailsNamingIdMethodPathStatusAndMessage() {
        debricked.respond("GET", "/api/1.0/open/missing", 404, "{\"code\":404,\"message\":\"Repository not found\"}");

        assertThatThrownBy(() -> runner.run(List.of(spec("repo", "GET", "/api/1.0/open/missing", Set.of()))))
                .isInstanceOf(DebrickedException.class)
                .hasMessageStartingWith("[repo] GET /api/1.0/open/missing -> 404: Repository not found (expected 2xx)")
                .hasMessageContaining("Check the path");
        assertThat(dir.resolve("out/repo.json")).doesNotExist();
    }

    @Test
    void anExpectedNon2xxStatusIsAccepted() throws Exception {
        debricked.respond("GET", "/api/1.0/open/sbom", 202, "{\"progress\":10}");

        runner.run(List.of(spec("sbom", "GET", "/api/1.0/open/sbom", Set.of(200, 202))));

        assertThat(Files.readString(dir.resolve("out/sbom.json"))).isEqualTo("{\"progress\":10}");
    }

    @Test
    void aFailureStopsTheRunAndKeepsEarlierFiles() {
        debricked.respond("GET", "/api/1.0/open/boom", 422, "<html>oops</html>");

        assertThatThrownBy(() -> runner.run(List.of(spec("ok", "GET", "/api/1.0/open/ok", Set.of()),
                spec("boom", "GET", "/api/1.0/open/boom", Set.of()), spec("never", "GET", "/api/1.0/open/n",
                        Set.of()))))
                .hasMessageContaining("[boom] GET /api/1.0/open/boom -> 422: <html>oops</html>");
        assertThat(dir.resolve("out/ok.json")).exists();
        assertThat(debricked.requests("GET", "/api/1.0/open/n")).isEmpty();
    }

    @Test
    void anOutputFileThatCannotBeWrittenFailsWithoutLeavingAPart() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("out/taken.json/inner"));
        RequestSpec spec = new RequestSpec("taken", ApiRequest.get("/api/1.0/open/a"), Set.of(),
                directory.getParent());

        assertThatThrownBy(() -> runner.run(List.of(spec)))
                .isInstanceOf(DebrickedException.class)
                .hasMessageStartingWith("[taken] could not write the response to " + directory.getParent());
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taken.json");
        }
    }

    @Test
    void aServerErrorThatOutlastsTheRetriesSaysHowOftenItWasTried() {
        debricked.fault("/api/1.0/open/down", 4, 503, Map.of("Retry-After", "1"), "{\"message\":\"Maintenance\"}");

        assertThatThrownBy(() -> runner.run(List.of(spec("down", "GET", "/api/1.0/open/down", Set.of()))))
                .hasMessageStartingWith("[down] GET /api/1.0/open/down -> 503: Maintenance (expected 2xx, after 4"
                        + " attempts). Debricked had a problem");
        assertThat(debricked.requests("GET", "/api/1.0/open/down")).hasSize(4);
    }
}
