package io.github.debrickedmaven.call;

/** A {@code failWhen} condition held: a verdict on the build, not an error reaching Debricked. */
public final class FailWhenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FailWhenException(String message) {
        super(message);
    }
}
