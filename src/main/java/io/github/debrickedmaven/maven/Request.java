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
}
