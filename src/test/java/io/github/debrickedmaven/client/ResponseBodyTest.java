package io.github.debrickedmaven.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseBodyTest {

    @TempDir
    Path dir;

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String content(ResponseBody body) throws IOException {
        try (InputStream in = body.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyWithinTheLimitStaysInMemory() throws Exception {
        ResponseBody body = ResponseBody.read(text("{\"a\":1}"), 16);

        assertThat(body.inMemory()).isTrue();
        assertThat(body.size()).isEqualTo(7);
        assertThat(content(body)).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBodyPastTheLimitIsSpilledWholeAndWrittenAsReceived() throws Exception {
        String content = "0123456789".repeat(10);
        ResponseBody body = ResponseBody.read(text(content), 16);

        assertThat(body.inMemory()).isFalse();
        assertThat(body.size()).isEqualTo(100);
        assertThat(body.start(12)).isEqualTo("012345678901");
        body.writeTo(dir.resolve("out/answer.json"));
        assertThat(dir.resolve("out/answer.json")).hasContent(content);
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).hasSize(1); // no part file left beside it
        }
    }

    @Test
    void aBodyOfExactlyTheLimitIsSpilledToo() throws Exception {
        // readNBytes cannot tell "exactly the limit" from "more to come" without reading on
        ResponseBody body = ResponseBody.read(text("x".repeat(16)), 16);

        assertThat(body.size()).isEqualTo(16);
        assertThat(content(body)).isEqualTo("x".repeat(16));
    }

    @Test
    void aBodyInMemoryIsParsedOnceAndASpilledOneEachTime() throws Exception {
        ResponseBody small = ResponseBody.read(text("{\"progress\":50}"), 64);
        ResponseBody large = ResponseBody.read(text("{\"progress\":" + " ".repeat(100) + "75}"), 16);

        assertThat(small.json()).get().isSameAs(small.json().get());
        assertThat(small.json().get().path("progress").asInt()).isEqualTo(50);
        assertThat(large.json().get()).isNotSameAs(large.json().get()).isEqualTo(large.json().get());
        assertThat(ResponseBody.read(text("<html>"), 64).json()).isEmpty();
        assertThat(ResponseBody.empty().json()).isEmpty();
    }

    @Test
    void discardDeletesTheSpilledFile() throws Exception {
        ResponseBody body = ResponseBody.read(text("y".repeat(100)), 16);

        body.discard();

        assertThatThrownBy(body::open).isInstanceOf(IOException.class);
    }

    @Test
    void anEmptyBodyHasNothing() throws Exception {
        assertThat(ResponseBody.empty().size()).isZero();
        assertThat(ResponseBody.empty().start(10)).isEmpty();
    }
}
