package io.github.debrickedmaven.call;

import io.github.debrickedmaven.client.ApiRequest;
import io.github.debrickedmaven.client.RequestBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** Puts late values into a request just before it is sent. */
final class RequestBinder {

    /** A body file up to this size is searched for late values; a larger one is streamed as it is. */
    static final long MAX_TEMPLATE_FILE = 16L * 1024 * 1024;

    private RequestBinder() {
    }

    static ApiRequest bind(String id, ApiRequest request, LateValues values) {
        String where = "[" + id + "] ";
        return new ApiRequest(request.method(),
                values.insertEncoded(request.path(), where + "<path>"),
                map(request.query(), where + "<query>", values::insert),
                map(request.headers(), where + "<headers>", values::insert),
                body(request.body(), where, values));
    }

    private static RequestBody body(RequestBody body, String where, LateValues values) {
        if (body instanceof RequestBody.Text text) {
            return new RequestBody.Text(values.insert(text.text(), where + "<body>"), text.contentType());
        }
        if (body instanceof RequestBody.FileContent file) {
            String template = template(file.file());
            return template == null ? file
                    : new RequestBody.Text(values.insert(template, where + "<bodyFile> " + file.file()),
                            file.contentType());
        }
        if (body instanceof RequestBody.Form form) {
            return new RequestBody.Form(map(form.fields(), where + "<form>", values::insert));
        }
        if (body instanceof RequestBody.Multipart multipart) {
            return new RequestBody.Multipart(map(multipart.fields(), where + "<form>", values::insert),
                    multipart.files());
        }
        return body;
    }

    /** The file's text when it holds a late value, else null (the file is then streamed). */
    static String template(Path file) {
        try {
            if (Files.size(file) > MAX_TEMPLATE_FILE) {
                return null;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.contains("@{") ? text : null;
        } catch (MalformedInputException e) {
            return null; // not UTF-8 text: nothing to bind
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> map(Map<String, String> map, String where,
            BiFunction<String, String, String> insert) {
        Map<String, String> bound = new LinkedHashMap<>();
        map.forEach((key, value) -> bound.put(key, insert.apply(value, where + "<" + key + ">")));
        return bound;
    }
}
