package io.github.debrickedmaven.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Debricked's published OpenAPI 3 document (a verbatim copy in test resources), used to check that
 * the requests the plugin builds itself are ones Debricked documents: path, method, content type,
 * field and parameter names, required fields, JSON value types and the patterns string values must
 * match.
 */
public final class OpenApiSpec {

    private final JsonNode spec;

    private OpenApiSpec(JsonNode spec) {
        this.spec = spec;
    }

    public static OpenApiSpec load() throws IOException {
        try (InputStream in = OpenApiSpec.class.getResourceAsStream("/debricked-openapi.json")) {
            return new OpenApiSpec(new ObjectMapper().readTree(in));
        }
    }

    /** Every way in which the recorded request departs from the spec; empty when it conforms. */
    public List<String> violations(FakeDebricked.Recorded request) {
        List<String> problems = new ArrayList<>();
        String where = request.method() + " " + request.path();
        JsonNode operation = operation(request.method(), request.path());
        if (operation == null) {
            problems.add(where + ": no such operation in the spec");
            return problems;
        }
        checkQuery(operation, request, where, problems);
        String contentType = request.header("Content-Type");
        JsonNode content = operation.path("requestBody").path("content");
        if (contentType == null) {
            if (operation.path("requestBody").path("required").asBoolean(false)) {
                problems.add(where + ": the spec requires a body");
            }
            return problems;
        }
        String mediaType = contentType.split(";")[0].strip();
        JsonNode schema = resolve(content.path(mediaType).path("schema"));
        if (schema.isMissingNode()) {
            problems.add(where + ": the spec accepts no " + mediaType + " body, only " + names(content));
            return problems;
        }
        if (mediaType.equals("application/json")) {
            checkJson(schema, request, where, problems);
        } else if (mediaType.equals("multipart/form-data")) {
            checkMultipart(schema, request, where, problems);
        }
        return problems;
    }

    private JsonNode operation(String method, String path) {
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String regex = entry.getKey().replace("{version}", "1\\.0").replaceAll("\\{[^}]+}", "[^/]+");
            if (path.matches(regex) && entry.getValue().has(method.toLowerCase(java.util.Locale.ROOT))) {
                return entry.getValue().path(method.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return null;
    }

    private static void checkQuery(JsonNode operation, FakeDebricked.Recorded request, String where,
            List<String> problems) {
        List<String> sent = new ArrayList<>();
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : request.query().split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=", 2);
                String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
                sent.add(name);
                values.put(name, nameValue.length < 2 ? "" : URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean(false)
                    && !sent.contains(parameter.path("name").asText())) {
                problems.add(where + ": required query parameter " + parameter.path("name").asText() + " is missing");
            }
        }
        for (String name : sent) {
            JsonNode known = null;
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("query") && parameter.path("name").asText().equals(name)) {
                    known = parameter;
                }
            }
            if (known == null) {
                problems.add(where + ": query parameter " + name + " is not in the spec");
            } else {
                checkPattern(known.path("schema"), values.get(name), where + ": query parameter " + name, problems);
            }
        }
    }

    private static void checkJson(JsonNode schema, FakeDebricked.Recorded request, String where,
            List<String> problems) {
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(request.bodyText());
        } catch (IOException | IllegalArgumentException e) {
            problems.add(where + ": the body is not JSON");
            return;
        }
        checkRequired(schema, body::has, where, problems);
        body.fields().forEachRemaining(field -> {
            JsonNode property = schema.path("properties").path(field.getKey());
            if (property.isMissingNode()) {
                problems.add(where + ": field " + field.getKey() + " is not in the spec");
            } else if (!matchesType(property.path("type").asText(""), field.getValue())) {
                problems.add(where + ": field " + field.getKey() + " is " + field.getValue().getNodeType()
                        + " but the spec says " + property.path("type").asText());
            } else if (field.getValue().isTextual()) {
                checkPattern(property, field.getValue().asText(), where + ": field " + field.getKey(), problems);
            }
        });
    }

    private static void checkMultipart(JsonNode schema, FakeDebricked.Recorded request, String where,
            List<String> problems) {
        List<String> names = new ArrayList<>();
        for (FakeDebricked.Part part : request.parts()) {
            names.add(part.name());
            JsonNode property = schema.path("properties").path(part.name());
            if (property.isMissingNode()) {
                problems.add(where + ": part " + part.name() + " is not in the spec");
            } else if (property.path("type").asText().equals("file") != (part.filename() != null)) {
                problems.add(where + ": part " + part.name() + " should " + (part.filename() == null ? "" : "not ")
                        + "be a file");
            } else if (part.filename() == null && part.text() != null) {
                checkPattern(property, part.text(), where + ": part " + part.name(), problems);
            }
        }
        checkRequired(schema, names::contains, where, problems);
    }

    private static void checkRequired(JsonNode schema, java.util.function.Predicate<String> present, String where,
            List<String> problems) {
        for (JsonNode required : schema.path("required")) {
            if (!present.test(required.asText())) {
                problems.add(where + ": required field " + required.asText() + " is missing");
            }
        }
    }

    /** Debricked's patterns are meant whole ("\\d+" for an id), so the value must match all of it. */
    private static void checkPattern(JsonNode schema, String value, String what, List<String> problems) {
        String pattern = schema.path("pattern").asText("");
        if (!pattern.isEmpty() && value != null && !java.util.regex.Pattern.compile(pattern).matcher(value).matches()) {
            problems.add(what + " '" + value + "' does not match the spec's pattern " + pattern);
        }
    }

    private static boolean matchesType(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean", "bool" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true; // the spec leaves the type open
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : spec.at(ref.substring(1));
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }
}
