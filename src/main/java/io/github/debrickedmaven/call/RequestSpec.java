package io.github.debrickedmaven.call;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.debrickedmaven.client.ApiRequest;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One configured request of the {@code call} goal, checked and ready to send.
 *
 * @param id the request's id, unique in its execution
 * @param request what to send; may hold {@code @{id.name}} late values
 * @param expectedStatus statuses that count as success; empty means any 2xx
 * @param outputFile where the response body is written
 * @param extract values to take from the JSON answer: name to JSON Pointer
 * @param poll how to repeat the request until the server is done, or null
 * @param failWhen a verdict over the final JSON answer, or null
 */
public record RequestSpec(String id, ApiRequest request, Set<Integer> expectedStatus, Path outputFile,
        Map<String, JsonPointer> extract, PollSpec poll, Condition failWhen) {

    public RequestSpec {
        expectedStatus = Set.copyOf(expectedStatus);
        extract = Collections.unmodifiableMap(new LinkedHashMap<>(extract));
    }

    /** A plain request: no extraction, polling or verdict. */
    public RequestSpec(String id, ApiRequest request, Set<Integer> expectedStatus, Path outputFile) {
        this(id, request, expectedStatus, outputFile, Map.of(), null, null);
    }

    boolean accepts(int status) {
        return expectedStatus.isEmpty() ? status >= 200 && status < 300 : expectedStatus.contains(status);
    }
}
