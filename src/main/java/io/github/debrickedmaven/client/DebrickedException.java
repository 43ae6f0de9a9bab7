package io.github.debrickedmaven.client;

/** Debricked could not be reached, or answered in a way the request did not allow. */
public class DebrickedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DebrickedException(String message) {
        super(message);
    }

    public DebrickedException(String message, Throwable cause) {
        super(message, cause);
    }
}
