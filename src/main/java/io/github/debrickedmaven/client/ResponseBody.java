package io.github.debrickedmaven.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debrickedmaven.output.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A response body as received. Debricked's JSON answers are small and stay in memory; a larger body
 * (an SBOM download, say) is spilled to a temporary file as it arrives, so that downloads of any
 * size need no more heap than small ones.
 */
public final class ResponseBody {

    /** Bodies up to this many bytes stay in memory. */
    static final int IN_MEMORY_LIMIT = 4 * 1024 * 1024;

    private static final ResponseBody EMPTY = new ResponseBody(new byte[0], null, 0);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] bytes;
    private final Path spilled;
    private final long size;
    /** The parsed body, kept once read when the body is in memory: polls, extract and failWhen all read it. */
    private Optional<JsonNode> json;

    private ResponseBody(byte[] bytes, Path spilled, long size) {
        this.bytes = bytes;
        this.spilled = spilled;
        this.size = size;
    }

    static ResponseBody empty() {
        return EMPTY;
    }

    /** Reads the whole stream, spilling to a temporary file past {@code limit} bytes. */
    static ResponseBody read(InputStream in, int limit) throws IOException {
        byte[] head = in.readNBytes(limit);
        if (head.length < limit) {
            return new ResponseBody(head, null, head.length);
        }
        Path file = Files.createTempFile("debricked-response-", ".body");
        file.toFile().deleteOnExit(); // in case no one discards it
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            long rest = in.transferTo(out);
            return new ResponseBody(null, file, head.length + rest);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public long size() {
        return size;
    }

    /** Whether the body is in memory (small), rather than spilled to a file. */
    public boolean inMemory() {
        return spilled == null;
    }

    /** The body as JSON, when it is JSON. A spilled body is parsed anew each time, not kept. */
    public Optional<JsonNode> json() {
        if (size == 0) {
            return Optional.empty(); // also keeps the shared EMPTY free of state
        }
        if (json != null) {
            return json;
        }
        Optional<JsonNode> parsed;
        try (InputStream in = open()) {
            parsed = Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            parsed = Optional.empty(); // not JSON
        }
        if (inMemory()) {
            json = parsed;
        }
        return parsed;
    }

    public InputStream open() throws IOException {
        return inMemory() ? new ByteArrayInputStream(bytes) : Files.newInputStream(spilled);
    }

    /** At most the first {@code count} bytes, as text: for messages about unexpected answers. */
    public String start(int count) {
        if (inMemory()) {
            return new String(bytes, 0, Math.min(count, bytes.length), StandardCharsets.UTF_8);
        }
        try (InputStream in = open()) {
            return new String(in.readNBytes(count), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Writes the body to {@code target} atomically (beside it first, then moved into place). */
    public void writeTo(Path target) throws IOException {
        if (inMemory()) {
            AtomicFiles.write(target, bytes);
        } else {
            try (InputStream in = open()) {
                AtomicFiles.write(target, in);
            }
        }
    }

    /** Deletes the spilled file, if there is one. */
    public void discard() {
        if (spilled != null) {
            try {
                Files.deleteIfExists(spilled);
            } catch (IOException e) {
                // deleteOnExit still has it
            }
        }
    }

    @Override
    public String toString() {
        return size + " bytes" + (inMemory() ? "" : " (spilled to disk)");
    }
}
