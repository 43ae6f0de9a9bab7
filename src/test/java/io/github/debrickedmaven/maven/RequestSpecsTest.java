package io.github.debrickedmaven.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debrickedmaven.call.RequestSpec;
import io.github.debrickedmaven.client.RequestBody;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestSpecsTest {

    @TempDir
    Path basedir;

    private RequestSpecs specs() {
        return new RequestSpecs(basedir, basedir.resolve("target/debricked"));
    }

    private static Request request(String id, String path) {
        Request request = new Request();
        request.id = id;
        request.path = path;
        return request;
    }

    @Test
    void defaultsToGetAnyTwoHundredAndAnOutputFileNamedAfterTheId() throws Exception {
        RequestSpec spec = specs().from(List.of(request("repos", "/api/1.0/open/x?order=asc"))).get(0);

        assertThat(spec.request().method()).isEqualTo("GET");
        assertThat(spec.request().path()).isEqualTo("/api/1.0/open/x?order=asc");
        assertThat(spec.expectedStatus()).isEmpty();
        assertThat(spec.outputFile()).isEqualTo(basedir.resolve("target/debricked/repos.json"));
        assertThat(spec.request().body()).isNull();
    }

    @Test
    void formWithFilesIsMultipartWithPathsFromTheProjectDirectory() throws Exception {
        Files.writeString(basedir.resolve("pom.xml"), "<project/>");
        Request request = request("upload", "/api/1.0/open/uploads/dependencies/files");
        request.method = "post";
        request.form = new LinkedHashMap<>(Map.of("repositoryName", "acme/shop"));
        request.files = Map.of("fileData", "pom.xml");
        request.expectedStatus = "200, 201";

        RequestSpec spec = specs().from(List.of(request)).get(0);

        assertThat(spec.request().method()).isEqualTo("POST");
        assertThat(spec.expectedStatus()).containsExactlyInAnyOrder(200, 201);
        RequestBody.Multipart body = (RequestBody.Multipart) spec.request().body();
        assertThat(body.files()).containsEntry("fileData", basedir.resolve("pom.xml"));
        assertThat(body.fields()).containsEntry("repositoryName", "acme/shop");
    }

    @Test
    void aFormWithoutFilesIsUrlEncoded() throws Exception {
        Request request = request("f", "/p");
        request.form = Map.of("a", "b");

        assertThat(specs().from(List.of(request)).get(0).request().body()).isInstanceOf(RequestBody.Form.class);
    }

    @Test
    void catchesEachMistakeBeforeAnyRequestNamingTheRequest() {
        Request noId = request(null, "/p");
        assertThatThrownBy(() -> specs().from(List.of(noId))).hasMessageContaining("<request> number 1 has no <id>");

        assertThatThrownBy(() -> specs().from(List.of(request("bad id", "/p")))).hasMessageContaining("[bad id] <id>");

        assertThatThrownBy(() -> specs().from(List.of(request("a", "/p"), request("a", "/q"))))
                .hasMessageContaining("[a] <id> is used by two requests");

        assertThatThrownBy(() -> specs().from(List.of(request("a", null)))).hasMessageContaining("[a] <path> is missing");

        assertThatThrownBy(() -> specs().from(List.of(request("a", "api/1.0"))))
                .hasMessageContaining("[a] <path> 'api/1.0' must start with /");

        Request method = request("m", "/p");
        method.method = "FETCH";
        assertThatThrownBy(() -> specs().from(List.of(method))).hasMessageContaining("[m] <method> 'FETCH'");

        Request two = request("two", "/p");
        two.body = "{}";
        two.form = Map.of();
        assertThatThrownBy(() -> specs().from(List.of(two))).hasMessageContaining("[two] <body>, <bodyFile> and <form>");

        Request files = request("files", "/p");
        files.body = "{}";
        files.files = Map.of("fileData", "pom.xml");
        assertThatThrownBy(() -> specs().from(List.of(files))).hasMessageContaining("[files] <files> needs <form>");

        Request missing = request("missing", "/p");
        missing.form = Map.of();
        missing.files = Map.of("fileData", "nope.xml");
        assertThatThrownBy(() -> specs().from(List.of(missing)))
                .hasMessageContaining("[missing] <files><fileData>").hasMessageContaining("is not a readable file");

        Request bodyFile = request("bf", "/p");
        bodyFile.bodyFile = new File("absent.json");
        assertThatThrownBy(() -> specs().from(List.of(bodyFile))).hasMessageContaining("[bf] <bodyFile>");

        Request status = request("s", "/p");
        status.expectedStatus = "200;OK";
        assertThatThrownBy(() -> specs().from(List.of(status))).hasMessageContaining("[s] <expectedStatus> '200;OK'");
    }
}
