package io.github.debrickedmaven.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.debrickedmaven.client.ApiRequest;
import io.github.debrickedmaven.client.ApiResponse;
import io.github.debrickedmaven.client.DebrickedClient;
import io.github.debrickedmaven.client.DebrickedException;
import io.github.debrickedmaven.client.RequestBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Debricked's CI scan flow: uploads every file (the first alone, to get the {@code ciUploadId};
 * the rest with it, a few at once), finishes the upload, then polls the status until the scan is
 * done, the queue is too long, or the time is up.
 */
public final class ScanUploader {

    static final String UPLOAD = "/api/1.0/open/uploads/dependencies/files";
    static final String FINISH = "/api/1.0/open/finishes/dependencies/files/uploads";
    static final String STATUS = "/api/1.0/open/ci/upload/status";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DebrickedClient client;
    private final ScanSettings settings;
    private final Consumer<String> log;

    public ScanUploader(DebrickedClient client, ScanSettings settings, Consumer<String> log) {
        this.client = client;
        this.settings = settings;
        this.log = log;
    }

    /**
     * @throws DebrickedException when an upload, the finish or a status call fails, or the scan
     *     outlasts the poll timeout
     */
    public ScanOutcome scan(List<ScanFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("nothing to upload");
        }
        String ciUploadId = upload(files.get(0), null).path("ciUploadId").asText();
        if (ciUploadId.isEmpty()) {
            throw new DebrickedException("POST " + UPLOAD + " answered without a ciUploadId; is debricked.baseUrl"
                    + " really a Debricked server?");
        }
        uploadRest(files.subList(1, files.size()), ciUploadId);
        finish(ciUploadId);
        return poll(ciUploadId);
    }

    private void uploadRest(List<ScanFile> files, String ciUploadId) {
        if (files.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelUploads(), files.size()),
                r -> {
                    Thread thread = new Thread(r, "debricked-upload");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<JsonNode>> uploads = new ArrayList<>();
            for (ScanFile file : files) {
                uploads.add(pool.submit(() -> upload(file, ciUploadId)));
            }
            for (Future<JsonNode> upload : uploads) {
                upload.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new DebrickedException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DebrickedException("Interrupted while uploading", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode upload(ScanFile file, String ciUploadId) {
        RepositoryMetadata metadata = settings.metadata();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fileRelativePath", file.relativeDir());
        fields.put("repositoryName", metadata.repository());
        fields.put("commitName", metadata.commit());
        putIfSet(fields, "branchName", metadata.branch());
        putIfSet(fields, "repositoryUrl", metadata.repositoryUrl());
        putIfSet(fields, "defaultBranchName", settings.defaultBranch());
        putIfSet(fields, "ciUploadId", ciUploadId);
        ApiRequest request = new ApiRequest("POST", UPLOAD, Map.of(), Map.of(),
                new RequestBody.Multipart(fields, Map.of("fileData", file.file())));
        ApiResponse response = client.send(request);
        String name = (file.relativeDir().isEmpty() ? "" : file.relativeDir() + "/") + file.file().getFileName();
        expect(response, 200, "uploading " + name);
        log.accept("Uploaded " + name + " (" + response.elapsed().toMillis() + " ms)");
        return response.json().orElseThrow(() -> new DebrickedException("POST " + UPLOAD
                + " answered 200 without JSON for " + name));
    }

    private void finish(String ciUploadId) {
        RepositoryMetadata metadata = settings.metadata();
        ObjectNode body = JSON.createObjectNode()
                .put("ciUploadId", ciUploadId)
                .put("repositoryName", metadata.repository())
                .put("commitName", metadata.commit())
                .put("integrationName", metadata.integration() == null ? "maven" : metadata.integration())
                .put("debrickedIntegration", "cli")
                .put("versionHint", "true")
                .put("returnCommitData", "true");
        if (metadata.author() != null) {
            body.put("author", metadata.author());
        }
        ApiResponse response = client.send(new ApiRequest("POST", FINISH, Map.of(), Map.of(),
                new RequestBody.Text(body.toString(), "application/json")));
        if (response.status() != 204) {
            expect(response, 200, "finishing the upload");
        }
    }

    private ScanOutcome poll(String ciUploadId) {
        long start = System.nanoTime();
        ApiRequest status = new ApiRequest("GET", STATUS, Map.of("ciUploadId", ciUploadId), Map.of(), null);
        while (true) {
            ApiResponse response = client.send(status);
            if (response.status() == 200 || response.status() == 201) {
                JsonNode result = response.json().orElseGet(JSON::createObjectNode);
                return new ScanOutcome(ciUploadId, response.status(), result, response.body());
            }
            expect(response, 202, "waiting for the scan");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            String done = response.progress().map(Number::intValue).filter(percent -> percent >= 0)
                    .map(percent -> percent + "% done").orElse("in progress");
            if (waited.plus(settings.pollInterval()).compareTo(settings.pollTimeout()) > 0) {
                throw new DebrickedException("The Debricked scan (ciUploadId " + ciUploadId + ") is still " + done
                        + " after " + waited.toSeconds() + " s (debricked.pollTimeout is "
                        + settings.pollTimeout().toSeconds() + " s). Raise debricked.pollTimeout, or see the result"
                        + " in Debricked later.");
            }
            log.accept("Scan " + done + "; checking again in " + settings.pollInterval().toSeconds() + " s.");
            try {
                Thread.sleep(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DebrickedException("Interrupted while waiting for the scan", e);
            }
        }
    }

    private static void expect(ApiResponse response, int status, String what) {
        if (response.status() != status) {
            String message = response.debrickedMessage();
            throw new DebrickedException("Debricked answered " + response.status() + " when " + what
                    + (message.isEmpty() ? "" : ": " + message) + "."
                    + (response.status() == 402 ? " Your Debricked plan does not allow this scan." : "")
                    + (response.status() == 403 ? " The access token may not upload to this repository: use an"
                            + " admin token." : ""));
        }
    }

    private static void putIfSet(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
