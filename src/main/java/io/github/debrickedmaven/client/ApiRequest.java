package io.github.debrickedmaven.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to the Debricked API, before authentication is added.
 *
 * @param method HTTP method, upper case
 * @param path path from the base URL, starting with {@code /}, possibly with a query string
 * @param query further query parameters, URL-encoded when sent
 * @param headers extra headers; they may override Accept, Content-Type and User-Agent
 * @param body what to send, or null
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
        RequestBody body) {

    public ApiRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query == null ? Map.of() : query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
    }

    /** A GET without query parameters, headers or body. */
    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), Map.of(), null);
    }

    /** The user's own value of a header, matched without regard to case, or null. */
    String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
