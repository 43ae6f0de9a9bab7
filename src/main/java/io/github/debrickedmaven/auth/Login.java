package io.github.debrickedmaven.auth;

/** Exchanges credentials for a JWT: one request to Debricked's login endpoint. */
@FunctionalInterface
public interface Login {

    /**
     * @throws AuthenticationException when Debricked refuses the credentials or cannot be reached
     */
    Jwt login(Credentials credentials);
}
