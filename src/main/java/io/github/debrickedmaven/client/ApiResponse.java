package io.github.debrickedmaven.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * A response from Debricked.
 *
 * @param status HTTP status code
 * @param contentType the Content-Type header, or null
 * @param body the body as received (empty when there was none; on disk when large)
 * @param elapsed time from sending the request to the end of the body
 * @param attempts how many times the request was sent (more than 1 after retries)
 */
public record ApiResponse(int status, String contentType, ResponseBody body, Duration elapsed, int attempts) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON, when it is JSON. */
    public Optional<JsonNode> json() {
        return body.json();
    }

    /** Debricked's {@code progress} field (percent done) of a JSON answer, when it has a number there. */
    public Optional<Number> progress() {
        return json().map(json -> json.path("progress")).filter(JsonNode::isNumber).map(JsonNode::numberValue);
    }

    /**
     * Debricked's own explanation of an error: the {@code message} field of a JSON body (or
     * {@code detail}, {@code error}), else the start of a text body, else empty.
     */
    public String debrickedMessage() {
        return json().map(ApiResponse::messageOf).orElseGet(this::bodyStart);
    }

    private static String messageOf(JsonNode node) {
        for (String field : new String[] {"message", "detail", "error"}) {
            JsonNode value = node.path(field);
            if (value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return "";
    }

    private String bodyStart() {
        String text = body.start(4096).strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
