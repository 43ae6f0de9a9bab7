package io.github.debrickedmaven.maven;

import java.nio.file.Path;

/**
 * What one module of the reactor contributes to a scan.
 *
 * @param relativeDir the module's directory relative to the reactor root, {@code ""} for the root
 * @param pom the module's pom.xml
 * @param lockFile its {@code maven.debricked.lock}, or null when the module was skipped
 */
record ModuleFiles(String relativeDir, Path pom, Path lockFile) {
}
