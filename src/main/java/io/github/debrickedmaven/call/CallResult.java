package io.github.debrickedmaven.call;

import io.github.debrickedmaven.client.ApiResponse;
import java.nio.file.Path;

/**
 * The outcome of one request that Debricked answered as expected.
 *
 * @param spec the request
 * @param response Debricked's answer
 * @param writtenTo the file the body went to, or null when there was no body (204)
 */
public record CallResult(RequestSpec spec, ApiResponse response, Path writtenTo) {

    /** The log line: {@code [id] METHOD path -> status (ms, size) -> file}. */
    public String summary() {
        return "[" + spec.id() + "] " + spec.request().method() + " " + spec.request().path() + " -> "
                + response.status() + " (" + response.elapsed().toMillis() + " ms, " + size(response.body().size())
                + ")" + (writtenTo == null ? "" : " -> " + writtenTo);
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
