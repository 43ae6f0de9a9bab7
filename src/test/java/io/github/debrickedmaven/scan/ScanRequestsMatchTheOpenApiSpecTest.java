package io.github.debrickedmaven.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debrickedmaven.testserver.FakeDebricked;
import io.github.debrickedmaven.testserver.OpenApiSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every request of a scan, as the stand-in received it, checked against Debricked's published spec. */
class ScanRequestsMatchTheOpenApiSpecTest extends ScanTestBase {

    @Test
    void everyScanRequestIsOneTheSpecDocuments() throws Exception {
        scan(reactor(2), Duration.ofSeconds(10));
        OpenApiSpec spec = OpenApiSpec.load();

        List<FakeDebricked.Recorded> sent = debricked.requests().stream().filter(r -> !r.isLogin()).toList();
        List<String> violations = new ArrayList<>();
        sent.forEach(request -> violations.addAll(spec.violations(request)));

        assertThat(sent).extracting(FakeDebricked.Recorded::path).contains(ScanUploader.UPLOAD, ScanUploader.FINISH,
                ScanUploader.STATUS);
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckCatchesWhatTheSpecDoesNotAllow() throws Exception {
        debricked.respond("POST", ScanUploader.FINISH, 204, null);
        OpenApiSpec spec = OpenApiSpec.load();
        FakeDebricked.Recorded numericId = new FakeDebricked.Recorded("POST", ScanUploader.FINISH,
                ScanUploader.FINISH, "", Map.of("content-type", List.of("application/json")), 0, "", Map.of(),
                List.of(), 204, "{\"ciUploadId\": 1001, \"colour\": \"blue\"}".getBytes());
        FakeDebricked.Recorded noFile = new FakeDebricked.Recorded("POST", ScanUploader.UPLOAD, ScanUploader.UPLOAD,
                "", Map.of("content-type", List.of("multipart/form-data; boundary=x")), 0, "", Map.of(),
                List.of(new FakeDebricked.Part("repositoryName", null, 4, "acme")), 200, null);
        FakeDebricked.Recorded badQuery = new FakeDebricked.Recorded("GET", ScanUploader.STATUS, ScanUploader.STATUS,
                "uploadId=1", Map.of(), 0, "", Map.of(), List.of(), 200, null);
        FakeDebricked.Recorded badPatterns = new FakeDebricked.Recorded("POST", ScanUploader.FINISH,
                ScanUploader.FINISH, "", Map.of("content-type", List.of("application/json")), 0, "", Map.of(),
                List.of(), 204, "{\"ciUploadId\": \"12a\", \"repositoryName\": \"\"}".getBytes());
        FakeDebricked.Recorded badIdInQuery = new FakeDebricked.Recorded("GET", ScanUploader.STATUS,
                ScanUploader.STATUS, "ciUploadId=null", Map.of(), 0, "", Map.of(), List.of(), 200, null);

        assertThat(spec.violations(numericId)).containsExactlyInAnyOrder(
                "POST " + ScanUploader.FINISH + ": field ciUploadId is NUMBER but the spec says string",
                "POST " + ScanUploader.FINISH + ": field colour is not in the spec");
        assertThat(spec.violations(noFile)).containsExactly(
                "POST " + ScanUploader.UPLOAD + ": required field fileData is missing");
        assertThat(spec.violations(badQuery)).containsExactly(
                "GET " + ScanUploader.STATUS + ": query parameter uploadId is not in the spec");
        assertThat(spec.violations(badPatterns)).containsExactlyInAnyOrder(
                "POST " + ScanUploader.FINISH + ": field ciUploadId '12a' does not match the spec's pattern \\d+",
                "POST " + ScanUploader.FINISH + ": field repositoryName '' does not match the spec's pattern .+");
        assertThat(spec.violations(badIdInQuery)).containsExactly("GET " + ScanUploader.STATUS
                + ": query parameter ciUploadId 'null' does not match the spec's pattern \\d+");
    }
}
