package io.github.debrickedmaven.client;

import io.github.debrickedmaven.auth.Jwt;
import io.github.debrickedmaven.auth.Session;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Calls the Debricked API with the build's shared session: adds {@code Authorization: Bearer},
 * and on a 401 renews the JWT once and repeats the request once.
 */
public final class DebrickedClient {

    private final HttpExchange exchange;
    private final Session session;
    private final HttpLogin login;

    DebrickedClient(HttpExchange exchange, Session session) {
        this.exchange = exchange;
        this.session = session;
        this.login = new HttpLogin(exchange);
    }

    /**
     * Sends the request and returns whatever Debricked answered, except a repeated 401.
     *
     * @throws DebrickedException when Debricked cannot be reached, stays rate-limited, or refuses the
     *     renewed JWT too
     * @throws io.github.debrickedmaven.auth.AuthenticationException when logging in fails
     */
    public ApiResponse send(ApiRequest request) {
        Jwt jwt = session.token(login);
        ApiResponse response = sendWith(request, jwt);
        if (response.status() == 401) {
            response = sendWith(request, session.renewAfterRejection(jwt, login));
            if (response.status() == 401) {
                String message = response.debrickedMessage();
                throw new DebrickedException(describe(request) + " -> 401 again after logging in anew"
                        + (message.isEmpty() ? "" : ": " + message) + ". The " + session.credentials()
                        + " is accepted for login but not for this call: check its access rights.");
            }
        }
        return response;
    }

    /** "GET /api/1.0/open/..." for messages. */
    public static String describe(ApiRequest request) {
        return request.method() + " " + request.path();
    }

    private ApiResponse sendWith(ApiRequest request, Jwt jwt) {
        ClassicHttpRequest http = ClassicRequestBuilder.create(request.method())
                .setUri(uri(request))
                .setEntity(entity(request))
                .build();
        request.headers().forEach(http::setHeader);
        http.setHeader(new BearerHeader(jwt));
        return exchange.send(http, request.path());
    }

    private URI uri(ApiRequest request) {
        try {
            URIBuilder builder = new URIBuilder(exchange.uri(request.path()));
            request.query().forEach(builder::addParameter);
            return builder.build();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new DebrickedException("The path of " + describe(request) + " is not a valid URL path: "
                    + e.getMessage());
        }
    }

    private static HttpEntity entity(ApiRequest request) {
        RequestBody body = request.body();
        String contentType = request.header(HttpHeaders.CONTENT_TYPE);
        if (body == null) {
            return null;
        }
        if (body instanceof RequestBody.Text text) {
            return new StringEntity(text.text(), contentType(contentType, text.contentType()));
        }
        if (body instanceof RequestBody.FileContent file) {
            return new FileEntity(file.file().toFile(), contentType(contentType, file.contentType()));
        }
        if (body instanceof RequestBody.Form form) {
            return new UrlEncodedFormEntity(pairs(form.fields()), StandardCharsets.UTF_8);
        }
        RequestBody.Multipart multipart = (RequestBody.Multipart) body;
        MultipartEntityBuilder builder = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.EXTENDED)
                .setCharset(StandardCharsets.UTF_8);
        multipart.fields().forEach((name, value) ->
                builder.addTextBody(name, value, ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)));
        multipart.files().forEach((name, path) -> builder.addBinaryBody(name, path.toFile(),
                ContentType.APPLICATION_OCTET_STREAM, path.getFileName().toString()));
        return builder.build();
    }

    private static ContentType contentType(String fromHeader, String fromBody) {
        String value = fromHeader != null ? fromHeader : fromBody;
        return value == null ? ContentType.APPLICATION_JSON : ContentType.parse(value);
    }

    private static List<NameValuePair> pairs(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> (NameValuePair) new BasicNameValuePair(e.getKey(), e.getValue()))
                .toList();
    }

    /** The Authorization header; its {@code toString()}, which loggers use, hides the token. */
    private static final class BearerHeader extends BasicHeader {
        private static final long serialVersionUID = 1L;

        BearerHeader(Jwt jwt) {
            super(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.value(), true);
        }

        @Override
        public String toString() {
            return HttpHeaders.AUTHORIZATION + ": Bearer [hidden]";
        }
    }
}
