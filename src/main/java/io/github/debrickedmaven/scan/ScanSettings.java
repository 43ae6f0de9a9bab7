package io.github.debrickedmaven.scan;

import java.time.Duration;

/**
 * How a scan is filed and awaited.
 *
 * @param metadata repository, commit and the rest; repository and commit are set
 * @param defaultBranch the repository's default branch, or null
 * @param pollInterval time between two status calls
 * @param pollTimeout longest time to wait for the result
 * @param parallelUploads files uploaded at once after the first
 */
public record ScanSettings(RepositoryMetadata metadata, String defaultBranch, Duration pollInterval,
        Duration pollTimeout, int parallelUploads) {
}
