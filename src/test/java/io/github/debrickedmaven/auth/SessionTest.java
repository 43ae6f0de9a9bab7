package io.github.debrickedmaven.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Session logic with a counting login; the HTTP side is tested against a real server in DebrickedClientTest. */
class SessionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Credentials credentials = Credentials.accessToken("secret-token", "test");

    static String jwtExpiringAt(Instant exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"exp\":" + exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
                + ".sig";
    }

    @Test
    void keepsATokenWithMoreThanAMinuteLeft() {
        AtomicInteger logins = new AtomicInteger();
        Login login = c -> {
            logins.incrementAndGet();
            return Jwt.parse(jwtExpiringAt(NOW.plusSeconds(61)));
        };
        Session session = new Session(credentials, clock);

        Jwt first = session.token(login);

        assertThat(session.token(login)).isSameAs(first);
        assertThat(logins).hasValue(1);
    }

    @Test
    void renewsATokenWithAMinuteOrLessLeft() {
        AtomicInteger logins = new AtomicInteger();
        Login login = c -> {
            logins.incrementAndGet();
            return Jwt.parse(jwtExpiringAt(NOW.plusSeconds(60)));
        };
        Session session = new Session(credentials, clock);

        session.token(login);
        session.token(login);

        assertThat(logins).hasValue(2);
    }

    @Test
    void aTokenWithoutExpiryIsKeptUntilRejected() {
        AtomicInteger logins = new AtomicInteger();
        Login login = c -> Jwt.parse("opaque-" + logins.incrementAndGet());
        Session session = new Session(credentials, clock);

        Jwt first = session.token(login);
        assertThat(session.token(login)).isSameAs(first);
        Jwt renewed = session.renewAfterRejection(first, login);

        assertThat(renewed.value()).isEqualTo("opaque-2");
        assertThat(session.renewAfterRejection(first, login)).as("a stale rejection reuses the new token").isSameAs(renewed);
        assertThat(logins).hasValue(2);
    }

    @Test
    void aRefusalIsRememberedSoNoSecondLoginIsTried() {
        AtomicInteger logins = new AtomicInteger();
        Login login = c -> {
            logins.incrementAndGet();
            throw new AuthenticationException("rejected", true, null);
        };
        Session session = new Session(credentials, clock);

        assertThatThrownBy(() -> session.token(login)).hasMessage("rejected");
        assertThatThrownBy(() -> session.token(login)).hasMessage("rejected");
        assertThat(logins).hasValue(1);
    }

    @Test
    void aFailureToReachDebrickedIsNotRemembered() {
        AtomicInteger logins = new AtomicInteger();
        Login login = c -> {
            if (logins.incrementAndGet() == 1) {
                throw new AuthenticationException("unreachable", false, null);
            }
            return Jwt.parse("opaque");
        };
        Session session = new Session(credentials, clock);

        assertThatThrownBy(() -> session.token(login)).hasMessage("unreachable");
        assertThat(session.token(login).value()).isEqualTo("opaque");
    }
}
