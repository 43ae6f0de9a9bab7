package io.github.debrickedmaven.call;

import io.github.debrickedmaven.client.ApiRequest;
import java.nio.file.Path;
import java.util.Set;

/**
 * One configured request of the {@code call} goal, checked and ready to send.
 *
 * @param id the request's id, unique in its execution
 * @param request what to send
 * @param expectedStatus statuses that count as success; empty means any 2xx
 * @param outputFile where the response body is written
 */
public record RequestSpec(String id, ApiRequest request, Set<Integer> expectedStatus, Path outputFile) {

    public RequestSpec {
        expectedStatus = Set.copyOf(expectedStatus);
    }

    boolean accepts(int status) {
        return expectedStatus.isEmpty() ? status >= 200 && status < 300 : expectedStatus.contains(status);
    }
}
