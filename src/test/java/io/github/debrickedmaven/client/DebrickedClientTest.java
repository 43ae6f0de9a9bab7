package io.github.debrickedmaven.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.debrickedmaven.auth.AuthenticationException;
import io.github.debrickedmaven.auth.Credentials;
import io.github.debrickedmaven.testserver.FakeDebricked;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebrickedClientTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String USER_PATH = "/api/1.0/open/user-profile/get-user-info";

    private FakeDebricked debricked;
    private DebrickedConnector connector;

    @BeforeEach
    void start() throws Exception {
        debricked = FakeDebricked.start().acceptToken(TOKEN).acceptUser("ada@example.com", "s3cret&=%");
        connector = new DebrickedConnector(Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        connector.close();
        debricked.close();
    }

    private DebrickedClient client(Credentials credentials) {
        return connector.connect(TestClients.settings(debricked.baseUrl()), credentials);
    }

    private static Credentials token() {
        return Credentials.accessToken(TOKEN, "test token");
    }

    @Test
    void logsInOnceAndSendsTheJwtUserAgentAndAccept() {
        DebrickedClient client = client(token());

        ApiResponse first = client.send(ApiRequest.get(USER_PATH));
        ApiResponse second = client.send(ApiRequest.get(USER_PATH));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(debricked.logins()).isEqualTo(1);
        FakeDebricked.Recorded login = debricked.requests().get(0);
        assertThat(login.path()).isEqualTo("/api/login_refresh");
        assertThat(login.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(login.form()).containsEntry("refresh_token", TOKEN);
        FakeDebricked.Recorded call = debricked.requests(("GET"), USER_PATH).get(0);
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + debricked.issuedJwts().iterator().next());
        assertThat(call.header("User-Agent")).isEqualTo("debricked-maven-plugin/test");
        assertThat(call.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void usernameAndPasswordLogInAtLoginCheck() {
        client(Credentials.usernamePassword("ada@example.com", "s3cret&=%", "test login"))
                .send(ApiRequest.get(USER_PATH));

        FakeDebricked.Recorded login = debricked.requests().get(0);
        assertThat(login.path()).isEqualTo("/api/login_check");
        assertThat(login.form()).containsEntry("_username", "ada@example.com").containsEntry("_password", "s3cret&=%");
        assertThat(debricked.requests(("GET"), USER_PATH).get(0).status()).isEqualTo(200);
    }

    @Test
    void clientsForTheSameCredentialsShareOneJwt() {
        client(token()).send(ApiRequest.get(USER_PATH));
        client(Credentials.accessToken(TOKEN, "another source")).send(ApiRequest.get(USER_PATH));

        assertThat(debricked.logins()).isEqualTo(1);
    }

    @Test
    void aRevokedJwtIsRenewedOnceAndTheRequestRepeatedOnce() {
        DebrickedClient client = client(token());
        client.send(ApiRequest.get(USER_PATH));
        debricked.revokeAllJwts();

        ApiResponse response = client.send(ApiRequest.get(USER_PATH));

        assertThat(response.status()).isEqualTo(200);
        assertThat(debricked.logins()).isEqualTo(2);
        assertThat(debricked.unauthorizedCalls()).isEqualTo(1);
        assertThat(debricked.requests("GET", USER_PATH)).extracting(FakeDebricked.Recorded::status)
                .containsExactly(200, 401, 200);
    }

    @Test
    void aSecond401FailsQuotingDebricked() {
        DebrickedClient client = client(token());
        debricked.respond("GET", "/api/1.0/open/admin/users", 401,
                "{\"code\":401,\"message\":\"Not allowed for this token\"}");

        assertThatThrownBy(() -> client.send(ApiRequest.get("/api/1.0/open/admin/users")))
                .isInstanceOf(DebrickedException.class)
                .hasMessageContaining("GET /api/1.0/open/admin/users -> 401 again")
                .hasMessageContaining("Not allowed for this token")
                .hasMessageNotContaining(TOKEN);
        assertThat(debricked.logins()).isEqualTo(2);
        assertThat(debricked.requests("GET", "/api/1.0/open/admin/users")).hasSize(2);
    }

    @Test
    void aRejectedTokenFailsAtOnceWithoutRepeating() {
        DebrickedClient client = client(Credentials.accessToken("not-a-valid-token", "environment variable X"));

        assertThatThrownBy(() -> client.send(ApiRequest.get(USER_PATH)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Debricked rejected the access token from environment variable X")
                .hasMessageContaining("Invalid refresh token")
                .hasMessageNotContaining("not-a-valid-token");
        // a second use in the same build does not try again
        assertThatThrownBy(() -> client.send(ApiRequest.get(USER_PATH))).isInstanceOf(AuthenticationException.class);
        assertThat(debricked.requests()).hasSize(1);
    }

    @Test
    void aRejectedSettingsLoginNamesTheServer() {
        DebrickedClient client = client(Credentials.usernamePassword("ada@example.com", "wrong",
                Credentials.SETTINGS_SOURCE + "'debricked'"));

        assertThatThrownBy(() -> client.send(ApiRequest.get(USER_PATH)))
                .hasMessageStartingWith("Debricked rejected the credentials from settings.xml server 'debricked'"
                        + " (POST /api/login_check -> 401: Invalid credentials.)")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void aJwtCloseToExpiryIsRenewedBeforeUse() {
        debricked.jwtLifetime(Duration.ofSeconds(30));
        DebrickedClient client = client(token());

        client.send(ApiRequest.get(USER_PATH));
        client.send(ApiRequest.get(USER_PATH));

        assertThat(debricked.logins()).isEqualTo(2);
        assertThat(debricked.unauthorizedCalls()).isZero();
    }

    @Test
    void concurrentFirstUseMakesExactlyOneLogin() throws Exception {
        DebrickedClient client = client(token());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return client.send(ApiRequest.get(USER_PATH)).status();
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(debricked.logins()).isEqualTo(1);
    }

    @Test
    void concurrentRejectionsShareOneRenewal() throws Exception {
        DebrickedClient client = client(token());
        client.send(ApiRequest.get(USER_PATH));
        debricked.revokeAllJwts();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> client.send(ApiRequest.get(USER_PATH)).status()));
        }
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(debricked.logins()).isEqualTo(2);
    }

    @Test
    void sendsQueryHeadersAndJsonBody() throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("search", "acme shop&co");
        query.put("page", "2");
        ApiRequest request = new ApiRequest("POST", "/api/1.0/open/echo?order=asc", query,
                Map.of("X-Custom", "v1"), new RequestBody.Text("{\"a\":1}", null));

        JsonNode echo = client(token()).send(request).json().orElseThrow();

        assertThat(echo.at("/query/order").asText()).isEqualTo("asc");
        assertThat(echo.at("/query/search").asText()).isEqualTo("acme shop&co");
        assertThat(echo.at("/query/page").asText()).isEqualTo("2");
        assertThat(echo.at("/headers/x-custom").asText()).isEqualTo("v1");
        assertThat(echo.at("/headers/content-type").asText()).startsWith("application/json");
        assertThat(echo.at("/body").asText()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aContentTypeHeaderOverridesJson() throws Exception {
        ApiRequest request = new ApiRequest("PUT", "/api/1.0/open/echo", Map.of(),
                Map.of("content-type", "text/plain"), new RequestBody.Text("hello", null));

        JsonNode echo = client(token()).send(request).json().orElseThrow();

        assertThat(echo.at("/headers/content-type").asText()).startsWith("text/plain");
        assertThat(echo.at("/bodySize").asLong()).isEqualTo(5);
    }

    @Test
    void sendsAUrlEncodedForm() throws Exception {
        ApiRequest request = new ApiRequest("POST", "/api/1.0/open/echo", Map.of(), Map.of(),
                new RequestBody.Form(Map.of("repositoryName", "acme/shop & co")));

        JsonNode echo = client(token()).send(request).json().orElseThrow();

        assertThat(echo.at("/form/repositoryName").asText()).isEqualTo("acme/shop & co");
    }

    @Test
    void sendsMultipartFieldsAndFilesAndRepeatsThemIdentically(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project>ünïcode</project>");
        ApiRequest request = new ApiRequest("POST", "/api/1.0/open/echo/upload", Map.of(), Map.of(),
                new RequestBody.Multipart(Map.of("repositoryName", "acme/shop"), Map.of("fileData", pom)));
        DebrickedClient client = client(token());
        client.send(ApiRequest.get(USER_PATH));
        debricked.revokeAllJwts();

        JsonNode echo = client.send(request).json().orElseThrow();

        assertThat(echo.at("/form/repositoryName").asText()).isEqualTo("acme/shop");
        assertThat(echo.at("/parts/1/name").asText()).isEqualTo("fileData");
        assertThat(echo.at("/parts/1/filename").asText()).isEqualTo("pom.xml");
        assertThat(echo.at("/parts/1/size").asLong()).isEqualTo(Files.size(pom));
        List<FakeDebricked.Recorded> uploads = debricked.requests("POST", "/api/1.0/open/echo/upload");
        assertThat(uploads).extracting(FakeDebricked.Recorded::status).containsExactly(401, 200);
        assertThat(uploads.get(0).bodySize()).isEqualTo(uploads.get(1).bodySize());
    }

    @Test
    void aRefusedConnectionNamesTheRequest() throws Exception {
        String url = debricked.baseUrl();
        debricked.close();
        List<String> log = new ArrayList<>();
        ClientSettings settings = new ClientSettings(URI.create(url), Duration.ofSeconds(2), Duration.ofSeconds(2),
                null, "ua", new RetryPolicy(0, Duration.ofSeconds(1), log::add));

        assertThatThrownBy(() -> connector.connect(settings, token()).send(ApiRequest.get(USER_PATH)))
                .isInstanceOf(DebrickedException.class)
                .hasMessageContaining("Could not reach Debricked at " + url + " for POST /api/login_refresh")
                .hasMessageContaining("Connect");
        assertThat(log).isEmpty();
    }

    @Test
    void goesThroughAConfiguredProxy() throws Exception {
        try (FakeDebricked proxy = FakeDebricked.start().acceptToken(TOKEN)) {
            ClientSettings settings = new ClientSettings(URI.create("http://debricked.example:8080"),
                    Duration.ofSeconds(5), Duration.ofSeconds(5),
                    new ProxySettings("127.0.0.1", Integer.parseInt(proxy.baseUrl().replaceAll(".*:", "")), null,
                            null),
                    "ua", TestClients.settings(debricked.baseUrl()).retry());

            ApiResponse response = connector.connect(settings, token()).send(ApiRequest.get(USER_PATH));

            assertThat(response.status()).isEqualTo(200);
            assertThat(proxy.requests()).extracting(FakeDebricked.Recorded::target)
                    .containsExactly("http://debricked.example:8080/api/login_refresh",
                            "http://debricked.example:8080" + USER_PATH);
            assertThat(debricked.requests()).isEmpty();
        }
    }

    @Test
    void answersAProxyChallengeWithTheProxyCredentials() throws Exception {
        try (FakeDebricked proxy = FakeDebricked.start().acceptToken(TOKEN)
                .requireProxyCredentials("corp-user", "corp-pass")) {
            ClientSettings settings = new ClientSettings(URI.create("http://debricked.example:8080"),
                    Duration.ofSeconds(5), Duration.ofSeconds(5),
                    new ProxySettings("127.0.0.1", Integer.parseInt(proxy.baseUrl().replaceAll(".*:", "")),
                            "corp-user", "corp-pass"),
                    "ua", TestClients.settings(debricked.baseUrl()).retry());

            ApiResponse response = connector.connect(settings, token()).send(ApiRequest.get(USER_PATH));

            assertThat(response.status()).isEqualTo(200);
            assertThat(proxy.requests()).extracting(FakeDebricked.Recorded::status).contains(407).endsWith(200);
            assertThat(proxy.requests().get(proxy.requests().size() - 1).header("Proxy-Authorization"))
                    .startsWith("Basic ");
        }
    }

    @Test
    void aLoginAnswerWithoutTokenIsNamedWithoutQuotingTheBody() {
        debricked.fault("/api/login_refresh", 1, 200, Map.of("Content-Type", "text/html"),
                "<html>Welcome to the proxy login page</html>");

        assertThatThrownBy(() -> client(token()).send(ApiRequest.get(USER_PATH)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("Debricked's answer to POST /api/login_refresh held no token; is debricked.baseUrl really"
                        + " a Debricked server?");
    }

    @Test
    void aFailedLoginQuotesTheStartOfAnHtmlErrorPage() {
        debricked.fault("/api/login_refresh", 1, 500, Map.of("Content-Type", "text/html"),
                "<html><body>Internal   Server\n Error</body></html>");

        assertThatThrownBy(() -> client(token()).send(ApiRequest.get(USER_PATH)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageStartingWith("Logging in to Debricked failed: POST /api/login_refresh -> 500:"
                        + " <html><body>Internal Server Error</body></html>.");
    }
}
