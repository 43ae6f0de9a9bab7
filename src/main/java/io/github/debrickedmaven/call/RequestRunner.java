package io.github.debrickedmaven.call;

import io.github.debrickedmaven.client.ApiResponse;
import io.github.debrickedmaven.client.DebrickedClient;
import io.github.debrickedmaven.client.DebrickedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs configured requests in order, writing each answer to its output file. */
public final class RequestRunner {

    private final DebrickedClient client;
    private final Consumer<CallResult> onResult;

    /**
     * @param onResult told about each request as soon as it is done, so the log follows progress
     */
    public RequestRunner(DebrickedClient client, Consumer<CallResult> onResult) {
        this.client = client;
        this.onResult = onResult;
    }

    /**
     * @throws DebrickedException on the first request that fails; the ones before it stay written
     */
    public List<CallResult> run(List<RequestSpec> specs) {
        List<CallResult> results = new ArrayList<>();
        for (RequestSpec spec : specs) {
            CallResult result = run(spec);
            results.add(result);
            onResult.accept(result);
        }
        return results;
    }

    private CallResult run(RequestSpec spec) {
        ApiResponse response = client.send(spec.request());
        if (!spec.accepts(response.status())) {
            throw new DebrickedException(unexpected(spec, response));
        }
        if (response.status() == 204) {
            return new CallResult(spec, response, null);
        }
        try {
            OutputFiles.writeAtomically(spec.outputFile(), response.body());
        } catch (IOException e) {
            throw new DebrickedException("[" + spec.id() + "] could not write the response to " + spec.outputFile()
                    + ": " + e.getMessage(), e);
        }
        return new CallResult(spec, response, spec.outputFile());
    }

    private static String unexpected(RequestSpec spec, ApiResponse response) {
        String message = response.debrickedMessage();
        return "[" + spec.id() + "] " + DebrickedClient.describe(spec.request()) + " -> " + response.status()
                + (message.isEmpty() ? "" : ": " + message)
                + " (expected " + (spec.expectedStatus().isEmpty() ? "2xx" : spec.expectedStatus()) + "). "
                + advice(response.status());
    }

    private static String advice(int status) {
        return switch (status) {
            case 400, 422 -> "Debricked did not accept the request: check its query, body or form against the API"
                    + " documentation at https://debricked.com/api/doc/open.";
            case 402 -> "Your Debricked plan does not include this feature.";
            case 403 -> "The access token lacks the rights for this call: admin tokens reach every repository,"
                    + " user tokens only those they were given.";
            case 404 -> "Check the path, and the ids in it.";
            case 429 -> "Debricked's rate limit was reached: wait, or spread the calls out.";
            default -> status >= 500 ? "Debricked had a problem; try again later (https://status.debricked.com/)."
                    : "Set <expectedStatus> if this status is what you expect.";
        };
    }
}
