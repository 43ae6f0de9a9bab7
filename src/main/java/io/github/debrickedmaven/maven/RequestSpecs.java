package io.github.debrickedmaven.maven;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.debrickedmaven.call.Condition;
import io.github.debrickedmaven.call.LateValues;
import io.github.debrickedmaven.call.PollSpec;
import io.github.debrickedmaven.call.RequestSpec;
import io.github.debrickedmaven.client.ApiRequest;
import io.github.debrickedmaven.client.RequestBody;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the POM's {@code <request>}s and turns them into {@link RequestSpec}s, so that every
 * configuration mistake is reported before the first request is sent.
 */
final class RequestSpecs {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern PATH = Pattern.compile("/[^\\s#]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final Path basedir;
    private final Path outputDirectory;

    /**
     * @param basedir relative files are resolved against it
     * @param outputDirectory default home of the output files
     */
    RequestSpecs(Path basedir, Path outputDirectory) {
        this.basedir = basedir;
        this.outputDirectory = outputDirectory;
    }

    List<RequestSpec> from(List<Request> requests) throws InvalidConfigurationException {
        List<RequestSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> extracted = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            String id = request.id;
            if (id == null || id.isBlank()) {
                throw new InvalidConfigurationException("<request> number " + (i + 1) + " has no <id>: give each"
                        + " request an id of letters, digits, '_', '.' or '-'.");
            }
            if (!ID.matcher(id).matches()) {
                throw new InvalidConfigurationException("[" + id + "] <id> may hold only letters, digits, '_', '.'"
                        + " and '-'.");
            }
            if (!ids.add(id)) {
                throw new InvalidConfigurationException("[" + id + "] <id> is used by two requests: ids must be"
                        + " unique in an execution.");
            }
            RequestSpec spec = from(request);
            String unknown = LateValues.unknownReference(spec, extracted);
            if (unknown != null) {
                throw new InvalidConfigurationException(unknown);
            }
            spec.extract().keySet().forEach(name -> extracted.add(id + "." + name));
            specs.add(spec);
        }
        return specs;
    }

    private RequestSpec from(Request r) throws InvalidConfigurationException {
        String where = "[" + r.id + "] ";
        String method = r.method == null || r.method.isBlank() ? "GET" : r.method.strip().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new InvalidConfigurationException(where + "<method> '" + r.method + "' is not one of " + METHODS
                    .stream().sorted().toList() + ".");
        }
        String path = r.path == null ? null : r.path.strip();
        if (path == null || path.isEmpty()) {
            throw new InvalidConfigurationException(where + "<path> is missing: give the API path, for example"
                    + " /api/1.0/open/repositories/get-repositories-names-links.");
        }
        if (!PATH.matcher(path).matches()) {
            throw new InvalidConfigurationException(where + "<path> '" + path + "' must start with / and hold no"
                    + " spaces; the base URL comes from debricked.baseUrl.");
        }
        RequestBody body = body(r, where);
        ApiRequest request = new ApiRequest(method, path, ordered(r.query), ordered(r.headers), body);
        Path output = r.outputFile != null ? r.outputFile.toPath() : outputDirectory.resolve(r.id + ".json");
        return new RequestSpec(r.id, request, statuses(r.expectedStatus, where + "<expectedStatus>"), output,
                extract(r.extract, where), poll(r.poll, where), condition(r.failWhen, where + "<failWhen>"));
    }

    private static Map<String, JsonPointer> extract(Map<String, String> extract, String where)
            throws InvalidConfigurationException {
        Map<String, JsonPointer> pointers = new LinkedHashMap<>();
        if (extract == null) {
            return pointers;
        }
        for (Map.Entry<String, String> entry : extract.entrySet()) {
            String element = where + "<extract><" + entry.getKey() + ">";
            if (!NAME.matcher(entry.getKey()).matches()) {
                throw new InvalidConfigurationException(element + ": names may hold only letters, digits, '_' and"
                        + " '-'.");
            }
            String pointer = entry.getValue() == null ? "" : entry.getValue().strip();
            if (!pointer.startsWith("/")) {
                throw new InvalidConfigurationException(element + " '" + pointer + "' is not a JSON Pointer: it must"
                        + " start with /, like /ciUploadId.");
            }
            pointers.put(entry.getKey(), JsonPointer.compile(pointer));
        }
        return pointers;
    }

    private static PollSpec poll(Request.Poll poll, String where) throws InvalidConfigurationException {
        if (poll == null) {
            return null;
        }
        Set<Integer> whileStatus = statuses(poll.whileStatus, where + "<poll><whileStatus>");
        Condition until = condition(poll.until, where + "<poll><until>");
        if (whileStatus.isEmpty() && until == null) {
            throw new InvalidConfigurationException(where + "<poll> needs <whileStatus>, <until> or both: say when"
                    + " to poll again.");
        }
        int interval = poll.interval == null ? 10 : poll.interval;
        int timeout = poll.timeout == null ? 600 : poll.timeout;
        if (interval < 1 || timeout < interval) {
            throw new InvalidConfigurationException(where + "<poll>: <interval> (" + interval + ") must be at least 1"
                    + " second and <timeout> (" + timeout + ") at least the interval.");
        }
        return new PollSpec(whileStatus, until, Duration.ofSeconds(interval), Duration.ofSeconds(timeout));
    }

    private static Condition condition(String text, String element) throws InvalidConfigurationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Condition.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(element + ": " + e.getMessage() + ".");
        }
    }

    private RequestBody body(Request r, String where) throws InvalidConfigurationException {
        int given = (r.body != null ? 1 : 0) + (r.bodyFile != null ? 1 : 0) + (r.form != null ? 1 : 0);
        if (given > 1) {
            throw new InvalidConfigurationException(where + "<body>, <bodyFile> and <form> exclude each other:"
                    + " give one of them.");
        }
        if (r.files != null && r.form == null) {
            throw new InvalidConfigurationException(where + "<files> needs <form> (it makes a multipart form):"
                    + " move the other fields into <form>, or add an empty <form/>.");
        }
        if (r.body != null) {
            return new RequestBody.Text(r.body, null);
        }
        if (r.bodyFile != null) {
            return new RequestBody.FileContent(readable(r.bodyFile.toPath(), where + "<bodyFile>"), null);
        }
        if (r.form == null) {
            return null;
        }
        if (r.files == null) {
            return new RequestBody.Form(ordered(r.form));
        }
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : r.files.entrySet()) {
            if (file.getValue() == null || file.getValue().isBlank()) {
                throw new InvalidConfigurationException(where + "<files><" + file.getKey() + "> names no file.");
            }
            files.put(file.getKey(), readable(basedir.resolve(file.getValue().strip()),
                    where + "<files><" + file.getKey() + ">"));
        }
        return new RequestBody.Multipart(ordered(r.form), files);
    }

    private Path readable(Path file, String what) throws InvalidConfigurationException {
        Path absolute = basedir.resolve(file);
        if (!Files.isRegularFile(absolute) || !Files.isReadable(absolute)) {
            throw new InvalidConfigurationException(what + " " + absolute + " is not a readable file.");
        }
        return absolute;
    }

    private static Set<Integer> statuses(String list, String element) throws InvalidConfigurationException {
        Set<Integer> statuses = new LinkedHashSet<>();
        if (list == null || list.isBlank()) {
            return statuses;
        }
        for (String item : list.split(",")) {
            String code = item.strip();
            if (!code.matches("[1-5]\\d\\d")) {
                throw new InvalidConfigurationException(element + " '" + list + "' must be HTTP status codes"
                        + " separated by commas, like 200,204.");
            }
            statuses.add(Integer.valueOf(code));
        }
        return statuses;
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        }
        return copy;
    }

    /** The request of an ad-hoc call, built from command-line properties; its id is {@code call}. */
    static Request adHoc(String method, String path, String body, File bodyFile) {
        Request request = new Request();
        request.id = "call";
        request.method = method;
        request.path = path;
        request.body = body;
        request.bodyFile = bodyFile;
        return request;
    }
}
