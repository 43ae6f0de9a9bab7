package io.github.debrickedmaven.call;

/** Told what a {@link RequestRunner} does, as it happens, so that the log follows progress. */
public interface RunListener {

    /** A request is done; {@link CallResult#summary()} is its log line. */
    void done(CallResult result);

    /** A poll is waiting for the server: a sentence for the log. */
    void polling(String message);

    /** A request extracted a value. */
    void extracted(String id, String name, String value);
}
