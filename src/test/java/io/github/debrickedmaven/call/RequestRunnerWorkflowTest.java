package io.github.debrickedmaven.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debrickedmaven.client.ApiRequest;
import io.github.debrickedmaven.client.DebrickedException;
import io.github.debrickedmaven.client.RequestBody;
import io.github.debrickedmaven.testserver.FakeDebricked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values between requests, polling and verdicts, against the stand-in's model of the scan flow. */
class RequestRunnerWorkflowTest extends RunnerTestBase {

    private static final String UPLOAD = "/api/1.0/open/uploads/dependencies/files";
    private static final String FINISH = "/api/1.0/open/finishes/dependencies/files/uploads";
    private static final String STATUS = "/api/1.0/open/ci/upload/status";

    private RequestSpec spec(String id, ApiRequest request, Map<String, String> extract, PollSpec poll,
            String failWhen) {
        Map<String, JsonPointer> pointers = new LinkedHashMap<>();
        extract.forEach((name, pointer) -> pointers.put(name, JsonPointer.compile(pointer)));
        return new RequestSpec(id, request, Set.of(), dir.resolve(id + ".json"), pointers, poll,
                failWhen == null ? null : Condition.parse(failWhen));
    }

    private RequestSpec upload() throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("repositoryName", "acme/shop");
        form.put("commitName", "abc123");
        return spec("upload", new ApiRequest("POST", UPLOAD, Map.of(), Map.of(),
                new RequestBody.Multipart(form, Map.of("fileData", pom))), Map.of("ciUploadId", "/ciUploadId"), null,
                null);
    }

    private RequestSpec finish() {
        return spec("finish", new ApiRequest("POST", FINISH, Map.of(), Map.of(),
                new RequestBody.Text("{\"ciUploadId\": \"@{upload.ciUploadId}\"}", null)), Map.of(), null, null);
    }

    private RequestSpec status(PollSpec poll, String failWhen) {
        return spec("status", new ApiRequest("GET", STATUS, Map.of("ciUploadId", "@{upload.ciUploadId}"), Map.of(),
                null), Map.of(), poll, failWhen);
    }

    private static PollSpec whileAccepted() {
        return new PollSpec(Set.of(202), null, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    @Test
    void theCiFlowPassesTheUploadIdOnAndPollsUntilDone() throws Exception {
        runner.run(List.of(upload(), finish(), status(whileAccepted(), null)));

        assertThat(extracted).containsEntry("upload.ciUploadId", "1001");
        assertThat(debricked.scans().uploads().get(1001).finish.path("ciUploadId").asText()).isEqualTo("1001");
        assertThat(debricked.requests("GET", STATUS)).extracting(FakeDebricked.Recorded::status)
                .containsExactly(202, 202, 200);
        assertThat(debricked.requests("GET", STATUS).get(0).query()).isEqualTo("ciUploadId=1001");
        assertThat(log).anyMatch(line -> line.matches("\\[status] GET " + STATUS
                + " -> 202, progress 33%; polling again in 0 s \\(\\d+ s of 10 s\\)\\."));
        JsonNode result = new ObjectMapper().readTree(dir.resolve("status.json").toFile());
        assertThat(result.path("progress").asInt()).isEqualTo(100);
    }

    @Test
    void aJwtThatExpiresWhilePollingIsRenewed() throws Exception {
        debricked.revokeJwtsAfterCalls(3);

        runner.run(List.of(upload(), finish(), status(whileAccepted(), null)));

        assertThat(debricked.requests("GET", STATUS)).extracting(FakeDebricked.Recorded::status)
                .containsExactly(202, 401, 202, 200);
        assertThat(debricked.logins()).isEqualTo(2);
    }

    @Test
    void untilRepeatsUntilTheConditionHolds() throws Exception {
        debricked.scans().pollsBeforeDone(0);
        debricked.respond("GET", "/api/1.0/open/progress", 200, "{\"progress\": 50}");
        RequestSpec poll = spec("p", ApiRequest.get("/api/1.0/open/progress"), Map.of(),
                new PollSpec(Set.of(), Condition.parse("/progress == 100"), Duration.ofMillis(300),
                        Duration.ofSeconds(1)), null);

        assertThatThrownBy(() -> runner.run(List.of(poll)))
                .isInstanceOf(DebrickedException.class)
                .hasMessageMatching("\\[p] GET /api/1.0/open/progress -> 200, progress 50%: still not done after"
                        + " polling for \\d s \\(<poll><timeout> is 1 s\\)\\..*");
        assertThat(debricked.requests("GET", "/api/1.0/open/progress").size()).isBetween(3, 4);
        assertThat(dir.resolve("p.json")).doesNotExist();
    }

    @Test
    void failWhenThatHoldsIsAVerdictQuotingTheValue() throws Exception {
        debricked.scans().result("{\"progress\":100,\"vulnerabilitiesFound\":3,\"automationsAction\":\"fail\"}");

        assertThatThrownBy(() -> runner.run(List.of(upload(), finish(), status(whileAccepted(),
                "/automationsAction == \"fail\""))))
                .isInstanceOf(FailWhenException.class)
                .hasMessage("[status] failWhen '/automationsAction == \"fail\"' holds: found fail.");
        assertThat(dir.resolve("status.json")).as("the answer is kept for inspection").isRegularFile();
    }

    @Test
    void failWhenThatDoesNotHoldLetsTheRunGoOn() throws Exception {
        debricked.scans().result("{\"progress\":100,\"vulnerabilitiesFound\":0,\"automationsAction\":\"none\"}");

        List<CallResult> results = runner.run(List.of(upload(), finish(), status(whileAccepted(),
                "/vulnerabilitiesFound > 0")));

        assertThat(results).hasSize(3);
    }

    @Test
    void valuesAreEncodedInUrlsAndInsertedAsTheyAreElsewhere() throws Exception {
        debricked.respond("GET", "/api/1.0/open/repo", 200, "{\"name\":\"acme/shop & co\",\"ids\":[1,2]}");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "@{repo.name}");
        RequestSpec first = spec("repo", ApiRequest.get("/api/1.0/open/repo"), Map.of("name", "/name", "ids", "/ids"),
                null, null);
        RequestSpec second = spec("use", new ApiRequest("POST", "/api/1.0/open/echo/@{repo.name}?q=@{repo.name}",
                Map.of("ids", "@{repo.ids}"), Map.of("X-Repo", "@{repo.name}"), new RequestBody.Form(form)), Map.of(),
                null, null);

        runner.run(List.of(first, second));

        FakeDebricked.Recorded use = debricked.requests().get(debricked.requests().size() - 1);
        assertThat(use.path()).isEqualTo("/api/1.0/open/echo/acme%2Fshop%20%26%20co");
        assertThat(use.query()).startsWith("q=acme%2Fshop%20%26%20co&ids=");
        JsonNode echo = new ObjectMapper().readTree(dir.resolve("use.json").toFile());
        assertThat(echo.at("/query/ids").asText()).isEqualTo("[1,2]");
        assertThat(echo.at("/headers/x-repo").asText()).isEqualTo("acme/shop & co");
        assertThat(echo.at("/form/name").asText()).isEqualTo("acme/shop & co");
    }

    @Test
    void aBodyFileIsATemplateToo() throws Exception {
        Path template = Files.writeString(dir.resolve("finish.json"), "{\"ciUploadId\": \"@{upload.ciUploadId}\"}");
        RequestSpec finish = spec("finish", new ApiRequest("POST", FINISH, Map.of(), Map.of(),
                new RequestBody.FileContent(template, null)), Map.of(), null, null);

        runner.run(List.of(upload(), finish));

        assertThat(debricked.scans().uploads().get(1001).finish.path("ciUploadId").asText()).isEqualTo("1001");
    }

    @Test
    void aPointerThatFindsNothingFailsNamingRequestAndPointer() {
        debricked.respond("GET", "/api/1.0/open/repo", 200, "{\"name\":\"x\"}");

        assertThatThrownBy(() -> runner.run(List.of(spec("repo", ApiRequest.get("/api/1.0/open/repo"),
                Map.of("id", "/data/0/id"), null, null))))
                .hasMessage("[repo] <extract><id>: /data/0/id finds nothing in the answer of GET /api/1.0/open/repo"
                        + " (a JSON body).");
    }

    @Test
    void extractingFromAnAnswerThatIsNotJsonFailsClearly() {
        debricked.respond("GET", "/api/1.0/open/html", 200, "<html>maintenance</html>");

        assertThatThrownBy(() -> runner.run(List.of(spec("page", ApiRequest.get("/api/1.0/open/html"),
                Map.of("id", "/id"), null, null))))
                .hasMessage("[page] <extract> needs a JSON answer, but GET /api/1.0/open/html -> 200 answered"
                        + " '<html>maintenance</html>'.");
    }

    @Test
    void anUnknownIdFromTheServerIsReported() {
        RequestSpec finish = spec("finish", new ApiRequest("POST", FINISH, Map.of(), Map.of(),
                new RequestBody.Text("{\"ciUploadId\": \"999\"}", null)), Map.of(), null, null);

        assertThatThrownBy(() -> runner.run(List.of(finish)))
                .hasMessageStartingWith("[finish] POST " + FINISH + " -> 404: No upload with ciUploadId 999");
    }
}
