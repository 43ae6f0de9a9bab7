package io.github.debrickedmaven.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debrickedmaven.client.DebrickedException;
import io.github.debrickedmaven.testserver.FakeDebricked;
import io.github.debrickedmaven.testserver.ScanModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scan flow against the stand-in's model of Debricked's upload, finish and status endpoints. */
class ScanUploaderTest extends ScanTestBase {

    @Test
    void uploadsEveryFileUnderOneCiUploadIdFinishesOnceAndPollsUntilDone() throws Exception {
        ScanOutcome outcome = scan(reactor(3), Duration.ofSeconds(10));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.ciUploadId()).isEqualTo("1001");
        Map<Integer, ScanModel.Upload> uploads = debricked.scans().uploads();
        assertThat(uploads).containsOnlyKeys(1001);
        List<Map<String, String>> files = uploads.get(1001).files;
        assertThat(files).hasSize(6);
        assertThat(files.get(0)).doesNotContainKey("ciUploadId").containsEntry("fileRelativePath", "")
                .containsEntry("fileData.filename", "pom.xml");
        assertThat(files.subList(1, 6)).allSatisfy(f -> assertThat(f).containsEntry("ciUploadId", "1001")
                .containsEntry("repositoryName", "acme/shop")
                .containsEntry("commitName", "0123456789abcdef0123456789abcdef01234567")
                .containsEntry("branchName", "main").containsEntry("defaultBranchName", "main")
                .containsEntry("repositoryUrl", "https://github.com/acme/shop"));
        assertThat(files).extracting(f -> f.get("fileRelativePath") + "/" + f.get("fileData.filename"))
                .containsExactlyInAnyOrder("/pom.xml", "/maven.debricked.lock", "m1/pom.xml",
                        "m1/maven.debricked.lock", "m2/pom.xml", "m2/maven.debricked.lock");
        assertThat(debricked.requests("POST", ScanUploader.FINISH)).hasSize(1);
        assertThat(uploads.get(1001).finish.toString()).isEqualTo("{\"ciUploadId\":\"1001\",\"repositoryName\":"
                + "\"acme/shop\",\"commitName\":\"0123456789abcdef0123456789abcdef01234567\",\"integrationName\":"
                + "\"githubActions\",\"debrickedIntegration\":\"cli\",\"versionHint\":\"true\",\"returnCommitData\":"
                + "\"true\",\"author\":\"Ada\"}");
        assertThat(debricked.requests("GET", ScanUploader.STATUS)).extracting(FakeDebricked.Recorded::status)
                .containsExactly(202, 202, 200);
        assertThat(log).contains("Scan 0% done; checking again in 0 s.", "Scan 33% done; checking again in 0 s.");
    }

    @Test
    void theFirstFileIsUploadedAloneBeforeTheRest() throws Exception {
        scan(reactor(4), Duration.ofSeconds(10));

        List<FakeDebricked.Recorded> uploads = debricked.requests("POST", ScanUploader.UPLOAD);
        assertThat(uploads).hasSize(8);
        assertThat(uploads.get(0).form()).doesNotContainKey("ciUploadId");
        assertThat(uploads.subList(1, 8)).allSatisfy(u -> assertThat(u.form()).containsEntry("ciUploadId", "1001"));
    }

    @Test
    void aLongQueueEndsThePollWithStatus201() throws Exception {
        debricked.scans().longQueue(true);

        ScanOutcome outcome = scan(reactor(1), Duration.ofSeconds(10));

        assertThat(outcome.queueTooLong()).isTrue();
        assertThat(outcome.result().path("detailsUrl").asText()).startsWith("https://debricked.com/app/");
    }

    @Test
    void aScanThatOutlastsThePollTimeoutFails() throws Exception {
        debricked.scans().pollsBeforeDone(1000);

        assertThatThrownBy(() -> scan(reactor(1), Duration.ofMillis(350)))
                .isInstanceOf(DebrickedException.class)
                .hasMessageStartingWith("The Debricked scan (ciUploadId 1001) is still ")
                .hasMessageContaining("debricked.pollTimeout");
    }

    @Test
    void anUploadRefusedByDebrickedNamesTheFile() throws Exception {
        debricked.fault(ScanUploader.UPLOAD, 1, 402, Map.of(), "{\"message\":\"Subscription required\"}");

        assertThatThrownBy(() -> scan(reactor(1), Duration.ofSeconds(10)))
                .hasMessage("Debricked answered 402 when uploading pom.xml: Subscription required. Your Debricked"
                        + " plan does not allow this scan.");
        assertThat(debricked.requests("POST", ScanUploader.FINISH)).isEmpty();
    }
}
