package io.github.debrickedmaven.scan;

import java.nio.file.Path;

/**
 * One file to upload: a module's {@code pom.xml} or its lock file.
 *
 * @param file the file on disk
 * @param relativeDir the module's directory relative to the reactor root, {@code ""} for the root
 */
public record ScanFile(Path file, String relativeDir) {
}
