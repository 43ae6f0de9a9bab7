package io.github.debrickedmaven.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** The plugin's configuration is wrong; found before any request is sent, and never softened by failOnError. */
final class InvalidConfigurationException extends MojoExecutionException {

    private static final long serialVersionUID = 1L;

    InvalidConfigurationException(String message) {
        super(message);
    }
}
