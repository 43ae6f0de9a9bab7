package io.github.debrickedmaven.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debrickedmaven.auth.Credentials;
import io.github.debrickedmaven.testserver.FakeDebricked;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, rate limits and faults, against the stand-in on a real socket. */
class RetryTest {

    private static final String PATH = "/api/1.0/open/repositories/get-repositories-names-links";

    private FakeDebricked debricked;
    private DebrickedConnector connector;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        debricked = FakeDebricked.start().acceptToken("tok");
        connector = new DebrickedConnector(java.time.Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        connector.close();
        debricked.close();
    }

    private DebrickedClient client(int maxRetries, int maxRetryWait, int timeoutSeconds) {
        ClientSettings settings = new ClientSettings(URI.create(debricked.baseUrl()), Duration.ofSeconds(5),
                Duration.ofSeconds(timeoutSeconds), null, "ua",
                new RetryPolicy(maxRetries, Duration.ofSeconds(maxRetryWait), log::add));
        return connector.connect(settings, Credentials.accessToken("tok", "test"));
    }

    private DebrickedClient client() {
        return client(3, 300, 5);
    }

    private List<Integer> statuses(String method, String path) {
        return debricked.requests(method, path).stream().map(FakeDebricked.Recorded::status).toList();
    }

    private static Map<String, String> retryAfter(String value) {
        return Map.of("Retry-After", value);
    }

    @Test
    void a429WithRetryAfterIsWaitedOutAndLogged() {
        debricked.fault(PATH, 1, 429, retryAfter("1"), "{\"message\":\"Slow down\"}");

        ApiResponse response = client().send(ApiRequest.get(PATH));

        assertThat(response.status()).isEqualTo(200);
        assertThat(statuses("GET", PATH)).containsExactly(429, 200);
        assertThat(log).containsExactly("Debricked answered 429 to GET " + PATH + "; waiting 1 s before attempt 2 of 4.");
    }

    @Test
    void a429WithoutRetryAfterBacksOffThreeSeconds() {
        debricked.fault(PATH, 1, 429, Map.of(), null);
        long start = System.nanoTime();

        client().send(ApiRequest.get(PATH));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        assertThat(log).containsExactly("Debricked answered 429 to GET " + PATH + "; waiting 3 s before attempt 2 of 4.");
    }

    @Test
    void backoffGrowsToFifteenSeconds() {
        assertThat(List.of(1, 2, 3, 4, 5, 9)).map(RetryPolicy::backoff)
                .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(12),
                        Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(15));
    }

    @Test
    void aRetryAfterDateIsHonoured() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(2));
        debricked.fault(PATH, 1, 503, retryAfter(inTwoSeconds), null);

        assertThat(client().send(ApiRequest.get(PATH)).status()).isEqualTo(200);
        assertThat(log).singleElement().asString().matches(".*waiting [12] s before attempt 2 of 4\\.");
    }

    @Test
    void aRetryAfterBeyondMaxRetryWaitFailsAtOnce() {
        debricked.fault(PATH, 1, 429, retryAfter("3600"), null);

        assertThatThrownBy(() -> client(3, 300, 5).send(ApiRequest.get(PATH)))
                .isInstanceOf(DebrickedException.class)
                .hasMessageContaining("GET " + PATH + " -> 429: Debricked asked to wait 3600 s (Retry-After)")
                .hasMessageContaining("longer than debricked.maxRetryWait (300 s)")
                .hasMessageContaining("500 requests per hour per code contributor");
        assertThat(statuses("GET", PATH)).containsExactly(429);
    }

    @Test
    void a429ThatOutlastsTheRetriesNamesTheLimits() {
        debricked.fault(PATH, 2, 429, retryAfter("1"), null);

        assertThatThrownBy(() -> client(1, 300, 5).send(ApiRequest.get(PATH)))
                .hasMessage("GET " + PATH + " -> 429 Too Many Requests (after 2 attempts). Debricked allows 500"
                        + " requests per hour per code contributor on free accounts and 5000 on premium ones. Spread"
                        + " the calls out, run the build later, or raise debricked.maxRetries.");
        assertThat(statuses("GET", PATH)).containsExactly(429, 429);
    }

    @Test
    void a503TwiceThenSuccessOnGet() {
        debricked.fault(PATH, 2, 503, retryAfter("1"), "<html>Service Unavailable</html>");

        ApiResponse response = client().send(ApiRequest.get(PATH));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.attempts()).isEqualTo(3);
        assertThat(statuses("GET", PATH)).containsExactly(503, 503, 200);
        assertThat(log).hasSize(2).last().asString().endsWith("before attempt 3 of 4.");
    }

    @Test
    void a429OnPostIsRepeatedWithTheSameBytes(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>".repeat(100));
        String upload = "/api/1.0/open/echo/upload";
        debricked.fault(upload, 1, 429, retryAfter("1"), null);
        ApiRequest request = new ApiRequest("POST", upload, Map.of(), Map.of(),
                new RequestBody.Multipart(Map.of("repositoryName", "acme/shop"), Map.of("fileData", pom)));

        assertThat(client().send(request).status()).isEqualTo(200);
        List<FakeDebricked.Recorded> sent = debricked.requests("POST", upload);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).bodySize()).isEqualTo(sent.get(1).bodySize()).isGreaterThan(1000);
        assertThat(sent.get(1).parts()).extracting(FakeDebricked.Part::name).containsExactly("repositoryName",
                "fileData");
    }

    @Test
    void a502OnPostIsSentOnce() {
        String finish = "/api/1.0/open/finishes/dependencies/files/uploads";
        debricked.fault(finish, 1, 502, retryAfter("1"), "<html><body>Bad Gateway</body></html>");
        ApiRequest request = new ApiRequest("POST", finish, Map.of(), Map.of(), new RequestBody.Text("{}", null));

        ApiResponse response = client().send(request);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.debrickedMessage()).isEqualTo("<html><body>Bad Gateway</body></html>");
        assertThat(statuses("POST", finish)).containsExactly(502);
        assertThat(log).isEmpty();
    }

    @Test
    void a502OnGetIsRepeatedBut501And4xxAreNot() {
        debricked.fault(PATH, 1, 502, retryAfter("1"), null);
        assertThat(client().send(ApiRequest.get(PATH)).status()).isEqualTo(200);

        for (int status : new int[] {501, 400, 402, 403, 404, 422}) {
            debricked.fault("/api/1.0/open/s" + status, 1, status, retryAfter("1"), null);
            assertThat(client().send(ApiRequest.get("/api/1.0/open/s" + status)).status()).isEqualTo(status);
            assertThat(debricked.requests("GET", "/api/1.0/open/s" + status)).hasSize(1);
        }
    }

    @Test
    void aDroppedConnectionIsRepeatedForGetButNotForPost() {
        debricked.dropConnection(PATH, 1);
        assertThat(client().send(ApiRequest.get(PATH)).status()).isEqualTo(200);
        assertThat(statuses("GET", PATH)).containsExactly(0, 200);
        assertThat(log).singleElement().asString().startsWith("NoHttpResponseException").contains("attempt 2 of 4");

        String post = "/api/1.0/open/finishes/dependencies/files/uploads";
        debricked.dropConnection(post, 1);
        assertThatThrownBy(() -> client().send(new ApiRequest("POST", post, Map.of(), Map.of(),
                new RequestBody.Text("{}", null))))
                .isInstanceOf(DebrickedException.class)
                .hasMessageStartingWith("Could not reach Debricked at " + debricked.baseUrl() + " for POST " + post
                        + ": NoHttpResponseException");
        assertThat(statuses("POST", post)).containsExactly(0);
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsAFaultRepeatedForGet() {
        debricked.delay(PATH, 1, Duration.ofMillis(2500));

        assertThat(client(3, 300, 1).send(ApiRequest.get(PATH)).status()).isEqualTo(200);
        assertThat(log).singleElement().asString().startsWith("SocketTimeoutException").contains("waiting 3 s");
    }

    @Test
    void aStallThatNeverEndsFailsAfterTheRetriesNamingTheTimeout() {
        debricked.delay(PATH, 2, Duration.ofMillis(2500));

        assertThatThrownBy(() -> client(1, 300, 1).send(ApiRequest.get(PATH)))
                .hasMessageContaining("for GET " + PATH + " (after 2 attempts): SocketTimeoutException")
                .hasMessageContaining("debricked.timeout");
    }

    @Test
    void theLoginIsRetriedOnRateLimitsToo() {
        debricked.fault("/api/login_refresh", 1, 429, retryAfter("1"), null);

        assertThat(client().send(ApiRequest.get(PATH)).status()).isEqualTo(200);
        assertThat(debricked.logins()).isEqualTo(2);
        assertThat(log).singleElement().asString().contains("429 to POST /api/login_refresh");
    }
}
