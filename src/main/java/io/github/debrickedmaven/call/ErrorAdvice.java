package io.github.debrickedmaven.call;

import io.github.debrickedmaven.client.ApiResponse;
import io.github.debrickedmaven.client.DebrickedClient;

/** Messages for answers a request did not allow, with what to do about them. */
final class ErrorAdvice {

    private ErrorAdvice() {
    }

    static String unexpected(RequestSpec spec, ApiResponse response) {
        String message = response.debrickedMessage();
        return "[" + spec.id() + "] " + DebrickedClient.describe(spec.request()) + " -> " + response.status()
                + (message.isEmpty() ? "" : ": " + message)
                + " (expected " + (spec.expectedStatus().isEmpty() ? "2xx" : spec.expectedStatus())
                + (response.attempts() > 1 ? ", after " + response.attempts() + " attempts" : "") + "). "
                + advice(response.status());
    }

    /** "an empty body" or "a body starting ..." for messages about answers that are not JSON. */
    static String start(ApiResponse response) {
        if (response.body().size() == 0) {
            return "an empty body";
        }
        String message = response.debrickedMessage();
        return message.isEmpty() ? "a JSON body" : "'" + message + "'";
    }

    private static String advice(int status) {
        return switch (status) {
            case 400, 422 -> "Debricked did not accept the request: check its query, body or form against the API"
                    + " documentation at https://debricked.com/api/doc/open.";
            case 402 -> "Your Debricked plan does not include this feature.";
            case 403 -> "The access token lacks the rights for this call: admin tokens reach every repository,"
                    + " user tokens only those they were given.";
            case 404 -> "Check the path, and the ids in it.";
            default -> status >= 500 ? "Debricked had a problem; try again later (https://status.debricked.com/)."
                    : "Set <expectedStatus> if this status is what you expect.";
        };
    }
}
