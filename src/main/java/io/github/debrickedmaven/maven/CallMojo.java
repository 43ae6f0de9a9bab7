package io.github.debrickedmaven.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debrickedmaven.call.CallResult;
import io.github.debrickedmaven.call.RequestRunner;
import io.github.debrickedmaven.call.RequestSpec;
import io.github.debrickedmaven.call.RunListener;
import io.github.debrickedmaven.client.ApiResponse;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Runs Debricked API requests: the {@code requests} configured in the POM, in order, or one
 * ad-hoc request given on the command line with {@code -Ddebricked.path=...}.
 *
 * <p>Each response body is written to its output file; a status other than the expected one fails
 * the goal, naming the request, the status and Debricked's message. Requests may {@code extract}
 * values from their answers for later requests ({@code @{id.name}}) and later plugins (the project
 * property {@code debricked.ID.NAME}), {@code poll} until the server is done, and fail the build
 * with {@code failWhen}.
 */
@Mojo(name = "call", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CallMojo extends AbstractDebrickedMojo {

    /**
     * The requests to run, in order. Each has an {@code id} and a {@code path}, and optionally
     * {@code method}, {@code query}, {@code headers}, {@code body} | {@code bodyFile} | {@code form}
     * (with {@code files} for multipart), {@code expectedStatus}, {@code outputFile},
     * {@code extract}, {@code poll} ({@code whileStatus}, {@code until}, {@code interval},
     * {@code timeout}) and {@code failWhen}. See the README.
     */
    @Parameter
    List<Request> requests;

    /**
     * Ad-hoc request path, for example {@code /api/1.0/open/user-profile/get-user-info}. When given,
     * this one request runs instead of the configured ones, and its response is printed.
     */
    @Parameter(property = "debricked.path")
    String path;

    /** HTTP method of the ad-hoc request. */
    @Parameter(property = "debricked.method", defaultValue = "GET")
    String method;

    /** JSON body of the ad-hoc request. */
    @Parameter(property = "debricked.body")
    String body;

    /** File holding the body of the ad-hoc request. */
    @Parameter(property = "debricked.bodyFile")
    File bodyFile;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    private List<RequestSpec> specs;

    @Inject
    public CallMojo(DebrickedServices services, SettingsDecrypter decrypter) {
        super(services, decrypter);
    }

    @Override
    protected String goal() {
        return "call";
    }

    @Override
    protected boolean prepare() throws MojoExecutionException {
        RequestSpecs parser = new RequestSpecs(basedir.toPath(), outputDirectory());
        if (isAdHoc()) {
            specs = parser.from(List.of(RequestSpecs.adHoc(method, path, body, bodyFile)));
        } else if (requests != null && !requests.isEmpty()) {
            specs = parser.from(requests);
        } else {
            throw new InvalidConfigurationException("Nothing to call: configure <requests> in the plugin's"
                    + " <configuration>, or give one request on the command line, for example"
                    + " mvn debricked:call -Ddebricked.path=/api/1.0/open/user-profile/get-user-info");
        }
        return true;
    }

    private boolean isAdHoc() {
        return path != null && !path.isBlank();
    }

    @Override
    protected void run(Connection connection) throws MojoExecutionException {
        List<CallResult> results = new RequestRunner(connection.client(), new RunListener() {
            @Override
            public void done(CallResult result) {
                getLog().info(result.summary());
            }

            @Override
            public void polling(String message) {
                getLog().info(message);
            }

            @Override
            public void extracted(String id, String name, String value) {
                // later plugin executions of this module read it as ${debricked.<id>.<name>}
                project.getProperties().setProperty("debricked." + id + "." + name, value);
                getLog().debug("[" + id + "] extracted " + name + " = " + value);
            }
        }).run(specs);
        try {
            if (isAdHoc()) {
                print(results.get(0).response());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not print the answer: " + e.getMessage(), e);
        } finally {
            results.forEach(result -> result.response().body().discard());
        }
    }

    /**
     * Prints the body to standard output, so that {@code mvn -q debricked:call ... > out.json} works:
     * pretty-printed when it is JSON of a size held in memory, else as received. Under {@code -q} it
     * goes to the process's own standard output: Maven 4 release candidates before rc-7 prefix what a
     * plugin writes to {@code System.out} with {@code [INFO] [stdout]} even then.
     */
    private void print(ApiResponse response) throws IOException {
        System.out.flush();
        PrintStream out = getLog().isInfoEnabled() ? System.out
                : new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        Optional<JsonNode> json = response.body().inMemory() ? response.json() : Optional.empty();
        if (json.isPresent()) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json.get()));
        } else {
            try (InputStream body = response.body().open()) {
                body.transferTo(out);
            }
            out.println();
        }
        out.flush();
    }

}
