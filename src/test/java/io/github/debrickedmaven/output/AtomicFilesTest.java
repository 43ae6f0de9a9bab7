package io.github.debrickedmaven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private Stream<String> names(Path folder) throws IOException {
        return Files.list(folder).map(p -> p.getFileName().toString());
    }

    @Test
    void createsFoldersAndReplacesAnEarlierFileWholly() throws Exception {
        Path target = dir.resolve("a/b/result.json");

        AtomicFiles.write(target, "{\"first\": true, \"long\": \"xxxxxxxx\"}".getBytes());
        AtomicFiles.write(target, "{}".getBytes());

        assertThat(target).hasContent("{}");
        assertThat(names(target.getParent())).containsExactly("result.json");
    }

    @Test
    void aFailedWriteLeavesNeitherTheTargetNorAPart() throws Exception {
        Path occupied = Files.createDirectories(dir.resolve("taken.json/inside"));

        assertThatThrownBy(() -> AtomicFiles.write(occupied.getParent(), "{}".getBytes()))
                .isInstanceOf(IOException.class);
        assertThat(names(dir)).containsExactly("taken.json");
        assertThat(names(occupied.getParent())).containsExactly("inside");
    }
}
