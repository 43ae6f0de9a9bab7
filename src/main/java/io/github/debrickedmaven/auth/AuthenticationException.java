package io.github.debrickedmaven.auth;

/** A login to Debricked did not give a usable token. */
public class AuthenticationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean rejected;

    /**
     * @param rejected true when Debricked itself refused the credentials (401 or 403): trying again
     *     with the same credentials cannot succeed in this build
     */
    public AuthenticationException(String message, boolean rejected, Throwable cause) {
        super(message, cause);
        this.rejected = rejected;
    }

    public boolean isRejected() {
        return rejected;
    }
}
