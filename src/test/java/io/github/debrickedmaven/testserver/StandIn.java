package io.github.debrickedmaven.testserver;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the Debricked stand-in as a process of its own, for the benchmarks and for trying the plugin
 * by hand: {@code java ... StandIn <port> <access token> [scan seconds]}. It prints its URL, serves
 * until killed, and answers {@code GET /__admin/stats} with the number of requests per
 * {@code METHOD path} it saw, and {@code POST /__admin/reset} by forgetting them.
 */
public final class StandIn {

    private StandIn() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        String token = args.length > 1 ? args[1] : "demo-access-token";
        FakeDebricked server = FakeDebricked.start(port).acceptToken(token);
        if (args.length > 2) {
            server.scans().doneAfter(Duration.ofSeconds(Long.parseLong(args[2])));
        }
        server.admin(() -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (FakeDebricked.Recorded request : server.requests()) {
                counts.merge(request.method() + " " + request.path() + (request.status() == 401 ? " (401)" : ""), 1,
                        Integer::sum);
            }
            return counts;
        });
        System.out.println("Debricked stand-in listening on " + server.baseUrl() + " (access token " + token + ")");
        Thread.currentThread().join();
    }
}
