package io.github.debrickedmaven.maven;

import java.io.File;
import java.util.Map;

/**
 * One {@code <request>} of the {@code call} goal, as Maven reads it from the POM. Checked and
 * turned into a {@link io.github.debrickedmaven.call.RequestSpec} by {@link RequestSpecs}.
 */
public class Request {

    /** Required. Names the request in logs and output files: letters, digits, {@code _ . -}; unique. */
    String id;

    /** HTTP method. Default GET. */
    String method;

    /** Required. Path from the base URL, starting with {@code /}; may hold a query string. */
    String path;

    /** Query parameters, URL-encoded by the plugin. */
    Map<String, String> query;

    /** Extra request headers. */
    Map<String, String> headers;

    /** A JSON body (Content-Type application/json unless a header sets one). */
    String body;

    /** A file whose content is the body. */
    File bodyFile;

    /** Form fields: URL-encoded, or multipart when {@link #files} is given. */
    Map<String, String> form;

    /** Multipart file parts: part name to file path (relative to the project directory). */
    Map<String, String> files;

    /** Comma-separated statuses that count as success. Default: any 2xx. */
    String expectedStatus;

    /** Where the response body goes. Default {@code ${outputDirectory}/<id>.json}. */
    File outputFile;

    /**
     * Values to take from the JSON answer: name to JSON Pointer. Later requests use them as
     * {@code @{id.name}}; later plugins as the project property {@code debricked.<id>.<name>}.
     */
    Map<String, String> extract;

    /** Repeat this request until the server is done. */
    Poll poll;

    /** Fail the build when this condition holds for the final answer, e.g. {@code /vulnerabilitiesFound > 0}. */
    String failWhen;

    /** The {@code <poll>} of a request. */
    public static class Poll {
        /** Comma-separated statuses: repeat while the answer has one of them. */
        String whileStatus;

        /** Repeat until this condition holds for a 2xx JSON answer, e.g. {@code /progress == 100}. */
        String until;

        /** Seconds between polls. Default 10. */
        Integer interval;

        /** Seconds to poll in all before the goal fails. Default 600. */
        Integer timeout;
    }
}
