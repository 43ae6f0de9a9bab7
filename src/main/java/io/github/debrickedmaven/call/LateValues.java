package io.github.debrickedmaven.call;

import io.github.debrickedmaven.client.ApiRequest;
import io.github.debrickedmaven.client.RequestBody;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values extracted from earlier responses, and their insertion as {@code @{id.name}}. Maven leaves
 * {@code @{...}} alone when it interpolates the POM, so these are bound only when a request runs.
 */
public final class LateValues {

    private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_.-]+?)\\.([A-Za-z0-9_-]+)}");

    private final Map<String, String> values = new LinkedHashMap<>();

    void put(String id, String name, String value) {
        values.put(id + "." + name, value);
    }

    /** Inserts values as they are: for bodies, form fields and headers. */
    String insert(String text, String where) {
        return replace(text, where, UnaryOperator.identity());
    }

    /** Inserts values percent-encoded: for a path or query string. */
    String insertEncoded(String text, String where) {
        return replace(text, where, LateValues::encode);
    }

    /**
     * Checks, before anything is sent, that every {@code @{id.name}} in a request refers to a value
     * an earlier request extracts.
     *
     * @param known {@code id.name} of every value extracted by the requests before this one
     * @return a message naming the first unknown reference and where it is, or null when all are known
     */
    public static String unknownReference(RequestSpec spec, Set<String> known) {
        ApiRequest request = spec.request();
        Map<String, String> places = new LinkedHashMap<>();
        places.put("<path>", request.path());
        request.query().forEach((k, v) -> places.put("<query><" + k + ">", v));
        request.headers().forEach((k, v) -> places.put("<headers><" + k + ">", v));
        RequestBody body = request.body();
        if (body instanceof RequestBody.Text text) {
            places.put("<body>", text.text());
        } else if (body instanceof RequestBody.FileContent file) {
            places.put("<bodyFile> " + file.file(), RequestBinder.template(file.file()));
        } else if (body instanceof RequestBody.Form form) {
            form.fields().forEach((k, v) -> places.put("<form><" + k + ">", v));
        } else if (body instanceof RequestBody.Multipart multipart) {
            multipart.fields().forEach((k, v) -> places.put("<form><" + k + ">", v));
        }
        for (Map.Entry<String, String> place : places.entrySet()) {
            if (place.getValue() == null) {
                continue;
            }
            Matcher m = REFERENCE.matcher(place.getValue());
            while (m.find()) {
                if (!known.contains(m.group(1) + "." + m.group(2))) {
                    return "[" + spec.id() + "] " + place.getKey() + " uses " + m.group() + ", but no earlier request"
                            + " extracts '" + m.group(2) + "' as request '" + m.group(1) + "': add"
                            + " <extract><" + m.group(2) + ">/pointer</" + m.group(2) + "></extract> to request '"
                            + m.group(1) + "', placed before this one.";
                }
            }
        }
        return null;
    }

    private String replace(String text, String where, UnaryOperator<String> encoding) {
        if (text == null || !text.contains("@{")) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1) + "." + m.group(2));
            if (value == null) {
                throw new UnknownLateValueException(where + " uses " + m.group() + ", but no earlier request of this"
                        + " execution extracted '" + m.group(2) + "' as request '" + m.group(1) + "'. Known values: "
                        + (values.isEmpty() ? "none" : String.join(", ", values.keySet())) + ".");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(encoding.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A request refers to a value that no earlier request extracted. */
    public static final class UnknownLateValueException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownLateValueException(String message) {
            super(message);
        }
    }
}
