package io.github.debrickedmaven.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JwtTest {

    @Test
    void readsExpiryFromThePayload() {
        Instant exp = Instant.parse("2026-12-03T13:00:00Z");

        Jwt jwt = Jwt.parse(SessionTest.jwtExpiringAt(exp));

        assertThat(jwt.expiresAt()).contains(exp);
        assertThat(jwt.expiresWithin(Duration.ofSeconds(60), exp.minusSeconds(61))).isFalse();
        assertThat(jwt.expiresWithin(Duration.ofSeconds(60), exp.minusSeconds(60))).isTrue();
    }

    @Test
    void anUnreadableTokenHasNoExpiry() {
        assertThat(Jwt.parse("not-a-jwt").expiresAt()).isEmpty();
        assertThat(Jwt.parse("a.%%%.c").expiresAt()).isEmpty();
        assertThat(Jwt.parse("a.e30.c").expiresAt()).as("{} has no exp").isEmpty();
    }

    @Test
    void toStringHidesTheToken() {
        String value = SessionTest.jwtExpiringAt(Instant.parse("2026-12-03T13:00:00Z"));

        assertThat(Jwt.parse(value).toString()).doesNotContain(value).contains("2026-12-03T13:00:00Z");
    }
}
