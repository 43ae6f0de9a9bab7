package io.github.debrickedmaven.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.debrickedmaven.auth.AuthenticationException;
import io.github.debrickedmaven.auth.Credentials;
import io.github.debrickedmaven.auth.Jwt;
import io.github.debrickedmaven.auth.Login;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * Exchanges credentials for a JWT with a form post to {@code /api/login_refresh} or
 * {@code /api/login_check}. The response body is never logged, kept or shown: it holds the JWT.
 * Failing to reach Debricked is a {@link DebrickedException}, not a refusal, so a later module
 * may try again.
 */
public final class HttpLogin implements Login {

    private final HttpExchange exchange;

    HttpLogin(HttpExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public Jwt login(Credentials credentials) {
        Credentials.LoginForm form = credentials.loginForm();
        HttpPost post = new HttpPost(exchange.uri(form.path()));
        List<NameValuePair> fields = form.fields().entrySet().stream()
                .map(e -> (NameValuePair) new BasicNameValuePair(e.getKey(), e.getValue()))
                .toList();
        post.setEntity(new UrlEncodedFormEntity(fields, StandardCharsets.UTF_8));
        ApiResponse response = exchange.send(post, form.path());
        int status = response.status();
        if (status == 401 || status == 403) {
            throw new AuthenticationException("Debricked rejected the " + credentials.refusalSubject()
                    + " (POST " + form.path() + " -> " + status + quote(response) + "). "
                    + "Check that it is current and meant for " + exchange.settings().baseUrl()
                    + "; an admin creates access tokens under Admin tools > Access tokens.", true, null);
        }
        if (status != 200) {
            throw new AuthenticationException("Logging in to Debricked failed: POST " + form.path() + " -> " + status
                    + quote(response) + ". Try again later; if it persists, check https://status.debricked.com/.",
                    false, null);
        }
        JsonNode token = response.json().map(json -> json.path("token")).orElse(null);
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new AuthenticationException("Debricked's answer to POST " + form.path()
                    + " held no token; is debricked.baseUrl really a Debricked server?", false, null);
        }
        return Jwt.parse(token.asText());
    }

    private static String quote(ApiResponse response) {
        // Debricked's error message on a refused login never echoes the secret; a success body is never quoted.
        String message = response.debrickedMessage();
        return message.isEmpty() ? "" : ": " + message;
    }
}
