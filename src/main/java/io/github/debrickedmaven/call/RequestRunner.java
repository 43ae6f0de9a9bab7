package io.github.debrickedmaven.call;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.debrickedmaven.client.ApiRequest;
import io.github.debrickedmaven.client.ApiResponse;
import io.github.debrickedmaven.client.DebrickedClient;
import io.github.debrickedmaven.client.DebrickedException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs configured requests in order: binds late values, polls until the server is done, checks
 * the status, writes the answer, extracts values for later requests and judges {@code failWhen}.
 */
public final class RequestRunner {

    private final DebrickedClient client;
    private final RunListener listener;
    private final LateValues values = new LateValues();

    public RequestRunner(DebrickedClient client, RunListener listener) {
        this.client = client;
        this.listener = listener;
    }

    /**
     * @throws DebrickedException on the first request that fails; the ones before it stay written
     * @throws FailWhenException when a request's {@code failWhen} holds
     */
    public List<CallResult> run(List<RequestSpec> specs) {
        List<CallResult> results = new ArrayList<>();
        for (RequestSpec spec : specs) {
            CallResult result = run(spec);
            results.add(result);
            listener.done(result);
            judge(spec, result.response());
        }
        return results;
    }

    private CallResult run(RequestSpec spec) {
        ApiRequest request;
        try {
            request = RequestBinder.bind(spec.id(), spec.request(), values);
        } catch (LateValues.UnknownLateValueException | java.io.UncheckedIOException e) {
            throw new DebrickedException(e.getMessage(), e);
        }
        ApiResponse response = spec.poll() == null ? client.send(request) : poll(spec, request);
        if (!spec.accepts(response.status())) {
            response.body().discard();
            throw new DebrickedException(ErrorAdvice.unexpected(spec, response));
        }
        CallResult result = new CallResult(spec, response, write(spec, response));
        extract(spec, response);
        return result;
    }

    private ApiResponse poll(RequestSpec spec, ApiRequest request) {
        PollSpec poll = spec.poll();
        long start = System.nanoTime();
        while (true) {
            ApiResponse response = client.send(request);
            if (!pollAgain(spec, poll, response)) {
                return response;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            String state = "[" + spec.id() + "] " + DebrickedClient.describe(spec.request()) + " -> "
                    + response.status() + progress(response);
            response.body().discard(); // a "not yet" answer is never written
            if (waited.plus(poll.interval()).compareTo(poll.timeout()) > 0) {
                throw new DebrickedException(state + ": still not done after polling for " + waited.toSeconds()
                        + " s (<poll><timeout> is " + poll.timeout().toSeconds() + " s). Debricked may be busy:"
                        + " raise <timeout>, or look at the result later.");
            }
            listener.polling(state + "; polling again in " + poll.interval().toSeconds() + " s ("
                    + waited.toSeconds() + " s of " + poll.timeout().toSeconds() + " s).");
            sleep(poll.interval());
        }
    }

    private static boolean pollAgain(RequestSpec spec, PollSpec poll, ApiResponse response) {
        if (poll.whileStatus().contains(response.status())) {
            return true;
        }
        if (poll.until() == null || !response.isSuccess()) {
            return false;
        }
        JsonNode json = json(spec, response, "<poll><until>");
        return !poll.until().holds(json);
    }

    private static String progress(ApiResponse response) {
        return response.progress().map(progress -> ", progress " + progress + "%").orElse("");
    }

    private static java.nio.file.Path write(RequestSpec spec, ApiResponse response) {
        if (response.status() == 204) {
            return null;
        }
        try {
            response.body().writeTo(spec.outputFile());
        } catch (IOException e) {
            throw new DebrickedException("[" + spec.id() + "] could not write the response to " + spec.outputFile()
                    + ": " + e.getMessage(), e);
        }
        return spec.outputFile();
    }

    private void extract(RequestSpec spec, ApiResponse response) {
        if (spec.extract().isEmpty()) {
            return;
        }
        JsonNode json = json(spec, response, "<extract>");
        for (Map.Entry<String, JsonPointer> entry : spec.extract().entrySet()) {
            JsonNode node = json.at(entry.getValue());
            if (node.isMissingNode() || node.isNull()) {
                throw new DebrickedException("[" + spec.id() + "] <extract><" + entry.getKey() + ">: "
                        + entry.getValue() + " finds nothing in the answer of " + DebrickedClient.describe(
                                spec.request()) + " (" + ErrorAdvice.start(response) + ").");
            }
            String value = node.isValueNode() ? node.asText() : node.toString();
            values.put(spec.id(), entry.getKey(), value);
            listener.extracted(spec.id(), entry.getKey(), value);
        }
    }

    private static void judge(RequestSpec spec, ApiResponse response) {
        Condition failWhen = spec.failWhen();
        if (failWhen == null) {
            return;
        }
        JsonNode json = json(spec, response, "<failWhen>");
        if (failWhen.holds(json)) {
            throw new FailWhenException("[" + spec.id() + "] failWhen '" + failWhen + "' holds: found "
                    + failWhen.found(json) + ".");
        }
    }

    private static JsonNode json(RequestSpec spec, ApiResponse response, String element) {
        return response.json().orElseThrow(() -> new DebrickedException("[" + spec.id() + "] " + element
                + " needs a JSON answer, but " + DebrickedClient.describe(spec.request()) + " -> " + response.status()
                + " answered " + ErrorAdvice.start(response) + "."));
    }

    private static void sleep(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DebrickedException("Interrupted while polling", e);
        }
    }
}
