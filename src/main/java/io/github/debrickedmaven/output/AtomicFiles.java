package io.github.debrickedmaven.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes result files so that a reader never sees half of one. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes beside the target, then moves the finished file into place. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, temp -> Files.write(temp, content));
    }

    /** Copies the stream beside the target, then moves the finished file into place. */
    public static void write(Path target, InputStream content) throws IOException {
        write(target, temp -> Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    private static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            writer.write(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private interface Writer {
        void write(Path temp) throws IOException;
    }
}
