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

    @Test
    void readsExtractPollAndFailWhen() throws Exception {
        Request status = request("status", "/api/1.0/open/ci/upload/status");
        status.extract = Map.of("progress", "/progress");
        status.poll = new Request.Poll();
        status.poll.whileStatus = "202";
        status.poll.until = "/progress == 100";
        status.failWhen = "/automationsAction == \"fail\"";

        RequestSpec spec = specs().from(List.of(status)).get(0);

        assertThat(spec.extract()).containsKey("progress");
        assertThat(spec.poll().whileStatus()).containsExactly(202);
        assertThat(spec.poll().interval()).hasSeconds(10);
        assertThat(spec.poll().timeout()).hasSeconds(600);
        assertThat(spec.poll().until()).hasToString("/progress == 100");
        assertThat(spec.failWhen()).hasToString("/automationsAction == \"fail\"");
    }

    @Test
    void lateValuesMustComeFromAnEarlierExtract() throws Exception {
        Request upload = request("upload", "/api/1.0/open/uploads/dependencies/files");
        upload.extract = Map.of("ciUploadId", "/ciUploadId");
        Request finish = request("finish", "/api/1.0/open/finishes/dependencies/files/uploads");
        finish.body = "{\"ciUploadId\": \"@{upload.ciUploadId}\"}";
        assertThat(specs().from(List.of(upload, finish))).hasSize(2);

        assertThatThrownBy(() -> specs().from(List.of(finish, upload)))
                .hasMessageStartingWith("[finish] <body> uses @{upload.ciUploadId}, but no earlier request extracts"
                        + " 'ciUploadId' as request 'upload'");

        Request typo = request("status", "/api/1.0/open/ci/upload/status");
        typo.query = Map.of("ciUploadId", "@{upload.ciUploadID}");
        assertThatThrownBy(() -> specs().from(List.of(upload, typo)))
                .hasMessageStartingWith("[status] <query><ciUploadId> uses @{upload.ciUploadID}");

        Files.writeString(basedir.resolve("finish.json"), "{\"ciUploadId\": \"@{nobody.id}\"}");
        Request file = request("file", "/p");
        file.bodyFile = new File("finish.json");
        assertThatThrownBy(() -> specs().from(List.of(upload, file)))
                .hasMessageStartingWith("[file] <bodyFile> " + basedir.resolve("finish.json") + " uses @{nobody.id}");
    }

    @Test
    void catchesWorkflowMistakesBeforeAnyRequest() {
        Request pointer = request("p", "/p");
        pointer.extract = Map.of("id", "id");
        assertThatThrownBy(() -> specs().from(List.of(pointer)))
                .hasMessageContaining("[p] <extract><id> 'id' is not a JSON Pointer");

        Request name = request("n", "/p");
        name.extract = Map.of("a.b", "/id");
        assertThatThrownBy(() -> specs().from(List.of(name))).hasMessageContaining("[n] <extract><a.b>");

        Request empty = request("e", "/p");
        empty.poll = new Request.Poll();
        assertThatThrownBy(() -> specs().from(List.of(empty)))
                .hasMessageContaining("[e] <poll> needs <whileStatus>, <until> or both");

        Request interval = request("i", "/p");
        interval.poll = new Request.Poll();
        interval.poll.whileStatus = "202";
        interval.poll.interval = 0;
        assertThatThrownBy(() -> specs().from(List.of(interval))).hasMessageContaining("[i] <poll>: <interval> (0)");

        Request until = request("u", "/p");
        until.poll = new Request.Poll();
        until.poll.until = "/progress = 100";
        assertThatThrownBy(() -> specs().from(List.of(until)))
                .hasMessageContaining("[u] <poll><until>: '/progress = 100' is not a condition");

        Request verdict = request("v", "/p");
        verdict.failWhen = "vulnerabilitiesFound > 0";
        assertThatThrownBy(() -> specs().from(List.of(verdict)))
                .hasMessageContaining("[v] <failWhen>: 'vulnerabilitiesFound' in 'vulnerabilitiesFound > 0' is not a"
                        + " JSON Pointer");
    }
}
