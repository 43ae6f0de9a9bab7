package io.github.debrickedmaven.client;

import java.nio.file.Path;
import java.util.Map;

/** What a request sends. Every kind is repeatable: files are read from disk again for a repeat. */
public sealed interface RequestBody {

    /** A JSON (or other text) body; {@code contentType} null means application/json. */
    record Text(String text, String contentType) implements RequestBody {
    }

    /** A body streamed from a file; {@code contentType} null means application/json. */
    record FileContent(Path file, String contentType) implements RequestBody {
    }

    /** URL-encoded form fields. */
    record Form(Map<String, String> fields) implements RequestBody {
    }

    /** multipart/form-data: text fields, then file parts (part name to file), streamed from disk. */
    record Multipart(Map<String, String> fields, Map<String, Path> files) implements RequestBody {
    }
}
