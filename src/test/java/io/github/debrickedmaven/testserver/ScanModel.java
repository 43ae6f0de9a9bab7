package io.github.debrickedmaven.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stand-in's model of Debricked's CI scan flow and SBOM export, as the API notes describe them:
 * uploads (multipart, {@code ciUploadId} on the first, 404 for an unknown id), finish (204, or 200
 * with commit data), status (202 while scanning, then 200 with the result; 201 on demand), and SBOM
 * generate/download (202 until ready, then 200).
 */
public final class ScanModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Integer, Upload> uploads = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> sboms = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private volatile int pollsBeforeDone = 2;
    private volatile java.time.Duration doneAfter;
    private volatile boolean longQueue;
    private volatile String result = "{\"progress\":100,\"vulnerabilitiesFound\":0,"
            + "\"unaffectedVulnerabilitiesFound\":0,\"automationsAction\":\"none\",\"automationRules\":[],"
            + "\"detailsUrl\":\"https://debricked.com/app/en/repository/1/commit/1\"}";

    /** How many status calls answer 202 before the scan is done. Default 2. */
    public ScanModel pollsBeforeDone(int polls) {
        this.pollsBeforeDone = polls;
        return this;
    }

    /**
     * Scans take this long from their finish, however often the status is asked (instead of a number
     * of status calls): for measuring how many status calls a client makes.
     */
    public ScanModel doneAfter(java.time.Duration duration) {
        this.doneAfter = duration;
        return this;
    }

    /** Status calls answer 201 "queue too long" from now on. */
    public ScanModel longQueue(boolean longQueue) {
        this.longQueue = longQueue;
        return this;
    }

    /** The JSON a finished scan answers with. */
    public ScanModel result(String json) {
        this.result = json;
        return this;
    }

    /** Every upload, by ciUploadId. */
    public Map<Integer, Upload> uploads() {
        return Map.copyOf(uploads);
    }

    /** One CI upload: its files, and whether it was finished. */
    public static final class Upload {
        public final int ciUploadId;
        public final List<Map<String, String>> files = new CopyOnWriteArrayList<>();
        public volatile JsonNode finish;
        volatile long finishedAt;
        final AtomicInteger statusCalls = new AtomicInteger();

        Upload(int ciUploadId) {
            this.ciUploadId = ciUploadId;
        }
    }

    /** The answer for a scan or SBOM path, or null when the path is not one of them. */
    FakeDebricked.Answer answer(String method, String path, Map<String, String> query, Map<String, String> form,
            List<FakeDebricked.Part> parts, byte[] jsonBody) {
        switch (method + " " + path) {
            case "POST /api/1.0/open/uploads/dependencies/files":
                return upload(form, parts, jsonBody == null && parts.isEmpty());
            case "POST /api/1.0/open/finishes/dependencies/files/uploads":
                return finish(form, jsonBody);
            case "GET /api/1.0/open/ci/upload/status":
                return status(query.get("ciUploadId"));
            case "POST /api/1.0/open/sbom/generate":
                String uuid = UUID.randomUUID().toString();
                sboms.put(uuid, new AtomicInteger());
                return FakeDebricked.Answer.json(200, JSON.createObjectNode()
                        .put("message", "The report will be generated").put("reportUuid", uuid)
                        .set("notes", JSON.createArrayNode()).toString());
            case "GET /api/1.0/open/sbom/download":
                return sbom(query.get("reportUuid"));
            default:
                return null;
        }
    }

    private FakeDebricked.Answer upload(Map<String, String> form, List<FakeDebricked.Part> parts, boolean tooLarge) {
        String given = form.get("ciUploadId");
        Upload upload;
        if (given != null && !given.isEmpty()) {
            upload = uploads.get(parse(given));
            if (upload == null) {
                return FakeDebricked.Answer.error(404, "No upload with ciUploadId " + given);
            }
        } else if (!tooLarge && (isBlank(form.get("repositoryName")) || isBlank(form.get("commitName"))
                || parts.stream().noneMatch(p -> "fileData".equals(p.name()) && p.filename() != null))) {
            return FakeDebricked.Answer.error(400, "fileData, repositoryName and commitName are required");
        } else {
            upload = new Upload(ids.incrementAndGet());
            uploads.put(upload.ciUploadId, upload);
        }
        Map<String, String> file = new java.util.LinkedHashMap<>(form);
        parts.stream().filter(p -> "fileData".equals(p.name())).findFirst()
                .ifPresent(p -> file.put("fileData.filename", p.filename()));
        upload.files.add(file);
        return FakeDebricked.Answer.json(200, JSON.createObjectNode().put("ciUploadId", upload.ciUploadId)
                .put("uploadProgramsFileId", upload.files.size()).put("totalScans", 10).put("remainingScans", 9)
                .put("percentage", "10").put("estimateDaysLeft", 30).toString());
    }

    private FakeDebricked.Answer finish(Map<String, String> form, byte[] jsonBody) {
        JsonNode body;
        try {
            body = jsonBody != null ? JSON.readTree(jsonBody) : JSON.valueToTree(form);
        } catch (IOException e) {
            return FakeDebricked.Answer.error(400, "Invalid JSON");
        }
        Upload upload = uploads.get(parse(body.path("ciUploadId").asText()));
        if (upload == null) {
            return FakeDebricked.Answer.error(404, "No upload with ciUploadId " + body.path("ciUploadId").asText());
        }
        upload.finish = body;
        upload.finishedAt = System.nanoTime();
        if (body.path("returnCommitData").asBoolean(false)
                || "true".equals(body.path("returnCommitData").asText())) {
            return FakeDebricked.Answer.json(200, "{\"repositoryId\":1,\"commitId\":1}");
        }
        return FakeDebricked.Answer.json(204, null);
    }

    private FakeDebricked.Answer status(String ciUploadId) {
        Upload upload = ciUploadId == null ? null : uploads.get(parse(ciUploadId));
        if (upload == null || upload.finish == null) {
            return FakeDebricked.Answer.error(404, "No finished upload with ciUploadId " + ciUploadId);
        }
        if (longQueue) {
            return FakeDebricked.Answer.json(201, "{\"message\":\"Queue too long\",\"detailsUrl\":"
                    + "\"https://debricked.com/app/en/repository/1/commit/1\"}");
        }
        int call = upload.statusCalls.incrementAndGet();
        java.time.Duration duration = doneAfter;
        if (duration != null) {
            long elapsed = System.nanoTime() - upload.finishedAt;
            if (elapsed < duration.toNanos()) {
                return FakeDebricked.Answer.json(202, "{\"progress\":" + 100 * elapsed / duration.toNanos() + "}");
            }
            return FakeDebricked.Answer.json(200, result);
        }
        if (call <= pollsBeforeDone) {
            int progress = 100 * (call - 1) / (pollsBeforeDone + 1);
            return FakeDebricked.Answer.json(202, "{\"progress\":" + progress + "}");
        }
        return FakeDebricked.Answer.json(200, result);
    }

    private FakeDebricked.Answer sbom(String uuid) {
        AtomicInteger calls = uuid == null ? null : sboms.get(uuid);
        if (calls == null) {
            return FakeDebricked.Answer.error(404, "No report " + uuid);
        }
        if (calls.incrementAndGet() <= pollsBeforeDone) {
            return FakeDebricked.Answer.json(202, "{\"message\":\"The report is being generated\"}");
        }
        ObjectNode bom = JSON.createObjectNode().put("bomFormat", "CycloneDX").put("specVersion", "1.5")
                .put("serialNumber", "urn:uuid:" + uuid).put("version", 1);
        bom.putArray("components").addObject().put("type", "library").put("name", "jackson-databind")
                .put("version", "2.23.0").put("purl", "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.23.0");
        return FakeDebricked.Answer.json(200, bom.toString());
    }

    private static int parse(String id) {
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
