package io.github.debrickedmaven.testserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Debricked API on a real socket, for unit tests, invoker ITs and the demo.
 *
 * <p>It logs in with access tokens ({@code /api/login_refresh}) or usernames and passwords
 * ({@code /api/login_check}), issues JWTs with {@code exp}, answers 401 to API calls with a missing,
 * unknown, expired or revoked JWT, can be told to revoke tokens or to answer with faults, and
 * records every request it saw.
 */
public final class FakeDebricked implements AutoCloseable {

    static {
        // Answer at once, as a real server does: without TCP_NODELAY the JDK server's response body
        // waits ~40 ms for the client's delayed ACK of the headers, which would swamp any timing.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bodies up to this size are kept so that forms and multipart parts can be checked. */
    private static final int KEPT_BODY_LIMIT = 2 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-debricked");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Map<String, IssuedJwt> jwts = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> canned = new ConcurrentHashMap<>();
    private final Map<String, Long> generated = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final ScanModel scans = new ScanModel();
    private final AtomicInteger jwtCounter = new AtomicInteger();
    private volatile Duration jwtLifetime = Duration.ofHours(1);
    private volatile int callsPerJwt = Integer.MAX_VALUE;
    private volatile java.util.function.Supplier<Map<String, Integer>> stats;
    private volatile String proxyAuthorization;

    private FakeDebricked(int port, Clock clock) throws IOException {
        this(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64), clock);
    }

    private FakeDebricked(HttpServer server, Clock clock) {
        this.clock = clock;
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts on a free loopback port. */
    public static FakeDebricked start() throws IOException {
        return new FakeDebricked(0, Clock.systemUTC());
    }

    /** Starts on the given loopback port (0 for a free one). */
    public static FakeDebricked start(int port) throws IOException {
        return new FakeDebricked(port, Clock.systemUTC());
    }

    /**
     * Starts over HTTPS on a free loopback port, with the key and certificate in a PKCS12 key store
     * (see {@link TestCertificates}); its URL names {@code localhost}, which the certificate covers.
     */
    public static FakeDebricked startHttps(java.nio.file.Path keyStore, String password) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        javax.net.ssl.KeyManagerFactory keys = javax.net.ssl.KeyManagerFactory.getInstance(
                javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password.toCharArray());
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(
                new InetSocketAddress("127.0.0.1", 0), 64);
        https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
        return new FakeDebricked(https, Clock.systemUTC());
    }

    public String baseUrl() {
        String scheme = server instanceof com.sun.net.httpserver.HttpsServer ? "https://localhost:" : "http://127.0.0.1:";
        return scheme + server.getAddress().getPort();
    }

    /** Accepts this access token at {@code /api/login_refresh}. */
    public FakeDebricked acceptToken(String token) {
        accessTokens.add(token);
        return this;
    }

    /** Accepts this username and password at {@code /api/login_check}. */
    public FakeDebricked acceptUser(String username, String password) {
        users.put(username, password);
        return this;
    }

    /** Lifetime of the JWTs issued from now on (their {@code exp} claim). Default one hour. */
    public FakeDebricked jwtLifetime(Duration lifetime) {
        this.jwtLifetime = lifetime;
        return this;
    }

    /**
     * Each JWT issued from now on is revoked after it has served this many API calls, as if it had
     * expired early: the next call with it gets a 401.
     */
    public FakeDebricked revokeJwtsAfterCalls(int calls) {
        this.callsPerJwt = calls;
        return this;
    }

    /** Revokes every JWT issued so far. */
    public void revokeAllJwts() {
        jwts.values().forEach(jwt -> jwt.revoked = true);
    }

    /** Answers {@code method path} (path without query) with this status and body from now on. */
    public FakeDebricked respond(String method, String path, int status, String body) {
        canned.put(method + " " + path, new Answer(status, body, Map.of()));
        return this;
    }

    /**
     * Answers {@code GET path} with 200 and a JSON document of exactly {@code size} bytes (an array
     * holding one long string), generated as it is sent: a download larger than either side could
     * hold in memory.
     */
    public FakeDebricked serveLarge(String path, long size) {
        generated.put(path, size);
        return this;
    }

    /**
     * The next {@code times} requests whose path starts with {@code pathPrefix} get this answer
     * instead of their normal one. Login paths are included, so logins can be failed too.
     */
    public FakeDebricked fault(String pathPrefix, int times, int status, Map<String, String> headers, String body) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(pathPrefix, new Answer(status, body, headers), false, Duration.ZERO));
        }
        return this;
    }

    /** The next {@code times} requests to {@code pathPrefix} get no answer: the connection is closed. */
    public FakeDebricked dropConnection(String pathPrefix, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(pathPrefix, null, true, Duration.ZERO));
        }
        return this;
    }

    /** The next {@code times} requests to {@code pathPrefix} are answered normally, but only after {@code delay}. */
    public FakeDebricked delay(String pathPrefix, int times, Duration delay) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(pathPrefix, null, false, delay));
        }
        return this;
    }

    /** The CI scan and SBOM endpoints, to configure and inspect. */
    public ScanModel scans() {
        return scans;
    }

    /**
     * Serves {@code GET /__admin/stats} (these counts as JSON) and {@code POST /__admin/reset}
     * (forget every request), unauthenticated and unrecorded: for a stand-in in a process of its own.
     */
    public void admin(java.util.function.Supplier<Map<String, Integer>> counts) {
        this.stats = counts;
    }

    /**
     * Acting as a proxy, answer 407 to requests without these Basic proxy credentials, as a
     * company proxy does.
     */
    public FakeDebricked requireProxyCredentials(String username, String password) {
        this.proxyAuthorization = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Every request seen, in arrival order. */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Requests to this method and exact path (without query). */
    public List<Recorded> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** Number of login requests (successful or not). */
    public int logins() {
        return (int) requests.stream().filter(Recorded::isLogin).count();
    }

    /** Number of API calls answered 401. */
    public int unauthorizedCalls() {
        return (int) requests.stream().filter(r -> !r.isLogin() && r.status() == 401).count();
    }

    /** Every JWT this server issued, so tests can search logs and files for them. */
    public Collection<String> issuedJwts() {
        return List.copyOf(jwts.keySet());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Body body = readBody(exchange.getRequestBody());
            String path = exchange.getRequestURI().getRawPath();
            if (stats != null && path.startsWith("/__admin/")) {
                if (path.equals("/__admin/reset")) {
                    requests.clear();
                }
                byte[] json = JSON.writeValueAsBytes(stats.get());
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                exchange.getResponseBody().write(json);
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            Headers headers = exchange.getRequestHeaders();
            Fault fault = takeFault(path);
            if (fault != null && fault.drop()) {
                requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(), path,
                        query == null ? "" : query, copy(headers), body.size, body.sha256, Map.of(), List.of(), 0,
                        null));
                return; // closing the exchange before any response closes the connection
            }
            if (fault != null && !fault.delay().isZero()) {
                sleep(fault.delay());
            }
            Long large = fault == null && exchange.getRequestMethod().equals("GET") ? generated.get(path) : null;
            if (large != null) {
                requests.add(new Recorded("GET", exchange.getRequestURI().toString(), path, query == null ? "" : query,
                        copy(headers), body.size, body.sha256, Map.of(), List.of(), 200, null));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, large);
                try (OutputStream out = exchange.getResponseBody()) {
                    writeLargeJson(out, large);
                }
                return;
            }
            Answer answer = fault != null && fault.answer() != null ? fault.answer()
                    : answer(exchange.getRequestMethod(), path, query, headers, body);
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(), path,
                    query == null ? "" : query,
                    copy(headers), body.size, body.sha256, form(headers, body), parts(headers, body),
                    answer.status(), body.kept));
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && !exchange.getResponseHeaders().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private static void writeLargeJson(OutputStream out, long size) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        out.write(new byte[] {'[', '"'});
        for (long left = size - 4; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
        out.write(new byte[] {'"', ']'});
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer answer(String method, String path, String query, Headers headers, Body body) {
        if (proxyAuthorization != null && !proxyAuthorization.equals(headers.getFirst("Proxy-Authorization"))) {
            return new Answer(407, null, Map.of("Proxy-Authenticate", "Basic realm=\"proxy\""));
        }
        if (method.equals("POST") && path.equals("/api/login_refresh")) {
            String token = loginField(headers, body, "refresh_token");
            return token != null && accessTokens.contains(token) ? issueJwt("token-user")
                    : error(401, "Invalid refresh token");
        }
        if (method.equals("POST") && path.equals("/api/login_check")) {
            String username = loginField(headers, body, "_username");
            String password = loginField(headers, body, "_password");
            return username != null && password != null && password.equals(users.get(username))
                    ? issueJwt(username) : error(401, "Invalid credentials.");
        }
        if (!path.startsWith("/api/1.0/")) {
            return error(404, "No route found for \"" + method + " " + path + "\"");
        }
        Answer unauthorized = checkJwt(headers.getFirst("Authorization"));
        if (unauthorized != null) {
            return unauthorized;
        }
        Answer configured = canned.get(method + " " + path);
        if (configured != null) {
            return configured;
        }
        String contentType = String.valueOf(headers.getFirst("Content-Type"));
        Answer modelled = scans.answer(method, path, decodeForm(query == null ? "" : query), form(headers, body),
                parts(headers, body), contentType.startsWith("application/json") ? body.kept : null);
        if (modelled != null) {
            return modelled;
        }
        return new Answer(200, echo(method, path, query, headers, body), Map.of());
    }

    private Fault takeFault(String path) {
        synchronized (faults) {
            for (Fault fault : faults) {
                if (path.startsWith(fault.pathPrefix())) {
                    faults.remove(fault);
                    return fault;
                }
            }
        }
        return null;
    }

    private Answer issueJwt(String username) {
        long now = clock.instant().getEpochSecond();
        int n = jwtCounter.incrementAndGet();
        ObjectNode payload = JSON.createObjectNode()
                .put("iat", now).put("exp", now + jwtLifetime.toSeconds())
                .put("username", username).put("jti", "jwt-" + n);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String jwt = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(("fake-signature-" + n + "-" + System.nanoTime())
                        .getBytes(StandardCharsets.UTF_8));
        jwts.put(jwt, new IssuedJwt(now + jwtLifetime.toSeconds(), callsPerJwt));
        return new Answer(200, JSON.createObjectNode().put("token", jwt).toString(), Map.of());
    }

    private Answer checkJwt(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() == 7) {
            return error(401, "JWT Token not found");
        }
        IssuedJwt jwt = jwts.get(authorization.substring(7));
        if (jwt == null) {
            return error(401, "Invalid JWT Token");
        }
        synchronized (jwt) {
            if (jwt.revoked || clock.instant().getEpochSecond() >= jwt.expiresAt || jwt.callsLeft <= 0) {
                jwt.revoked = true;
                return error(401, "Expired JWT Token");
            }
            jwt.callsLeft--;
        }
        return null;
    }

    private static Answer error(int status, String message) {
        return Answer.error(status, message);
    }

    private static String loginField(Headers headers, Body body, String name) {
        String contentType = String.valueOf(headers.getFirst("Content-Type"));
        if (contentType.startsWith("application/json")) {
            try {
                return JSON.readTree(body.kept).path(name).asText(null);
            } catch (IOException e) {
                return null;
            }
        }
        return form(headers, body).get(name);
    }

    private String echo(String method, String path, String query, Headers headers, Body body) {
        ObjectNode echo = JSON.createObjectNode().put("method", method).put("path", path);
        ObjectNode queryNode = echo.putObject("query");
        decodeForm(query == null ? "" : query).forEach(queryNode::put);
        ObjectNode headerNode = echo.putObject("headers");
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                headerNode.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values));
            }
        });
        echo.put("bodySize", body.size).put("bodySha256", body.sha256);
        if (body.kept != null && String.valueOf(headers.getFirst("Content-Type")).startsWith("application/json")) {
            echo.put("body", new String(body.kept, StandardCharsets.UTF_8));
        }
        ObjectNode formNode = echo.putObject("form");
        form(headers, body).forEach(formNode::put);
        ArrayNode partsNode = echo.putArray("parts");
        for (Part part : parts(headers, body)) {
            partsNode.addObject().put("name", part.name()).put("filename", part.filename()).put("size", part.size());
        }
        return echo.toString();
    }

    private static Body readBody(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
            if (size + n <= KEPT_BODY_LIMIT) {
                kept.write(buffer, 0, n);
            }
            size += n;
        }
        return new Body(size, HexFormat.of().formatHex(digest.digest()),
                size <= KEPT_BODY_LIMIT ? kept.toByteArray() : null);
    }

    private static Map<String, String> form(Headers headers, Body body) {
        String contentType = String.valueOf(headers.getFirst("Content-Type"));
        if (body.kept == null) {
            return Map.of();
        }
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            return decodeForm(new String(body.kept, StandardCharsets.UTF_8));
        }
        if (contentType.startsWith("multipart/form-data")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Part part : parts(headers, body)) {
                if (part.filename() == null) {
                    fields.put(part.name(), part.text());
                }
            }
            return fields;
        }
        return Map.of();
    }

    private static List<Part> parts(Headers headers, Body body) {
        String contentType = String.valueOf(headers.getFirst("Content-Type"));
        int at = contentType.indexOf("boundary=");
        if (!contentType.startsWith("multipart/form-data") || at < 0 || body.kept == null) {
            return List.of();
        }
        String boundary = "--" + contentType.substring(at + 9).replace("\"", "").split(";")[0].strip();
        String all = new String(body.kept, StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        for (String chunk : all.split(java.util.regex.Pattern.quote(boundary))) {
            int split = chunk.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String head = chunk.substring(0, split);
            String content = chunk.substring(split + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            parts.add(new Part(attribute(head, "name"), attribute(head, "filename"),
                    content.length(), new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)));
        }
        return parts;
    }

    private static String attribute(String head, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[; ]" + name + "=\"([^\"]*)\"").matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Map<String, String> decodeForm(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
        return copy;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One request as the server saw it, with the status it answered (0 when the connection was dropped). {@code target} is the request
     * target as sent: an absolute URI when the request came through this server as a proxy.
     */
    public record Recorded(String method, String target, String path, String query, Map<String, List<String>> headers,
            long bodySize, String bodySha256, Map<String, String> form, List<Part> parts, int status, byte[] body) {

        /** The body as text, when it was small enough to keep; else null. */
        public String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }

        public boolean isLogin() {
            return path.equals("/api/login_refresh") || path.equals("/api/login_check");
        }

        /** First value of a header, by lower-case name. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A multipart part: field or file. */
    public record Part(String name, String filename, long size, String text) {
    }

    /** A canned answer: status, body (JSON unless a header says otherwise) and headers. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, body, Map.of());
        }

        static Answer error(int status, String message) {
            return new Answer(status, JSON.createObjectNode().put("code", status).put("message", message).toString(),
                    Map.of());
        }
    }

    /** A fault for one request: a canned answer, a dropped connection, or a delay before the normal answer. */
    private record Fault(String pathPrefix, Answer answer, boolean drop, Duration delay) {
    }

    private record Body(long size, String sha256, byte[] kept) {
    }

    private static final class IssuedJwt {
        final long expiresAt;
        int callsLeft;
        volatile boolean revoked;

        IssuedJwt(long expiresAt, int callsLeft) {
            this.expiresAt = expiresAt;
            this.callsLeft = callsLeft;
        }
    }

}
