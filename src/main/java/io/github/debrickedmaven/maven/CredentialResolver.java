package io.github.debrickedmaven.maven;

import io.github.debrickedmaven.auth.Credentials;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * Finds the credentials: the token environment variable first, then the settings.xml server.
 * Secrets are never put into a parameter, because {@code mvn -X} prints every parameter.
 */
final class CredentialResolver {

    private final SettingsSecrets secrets;

    CredentialResolver(SettingsSecrets secrets) {
        this.secrets = secrets;
    }

    /**
     * @param environment environment variables by name, as the Maven session holds them
     * @throws MissingCredentialsException when neither source has credentials
     * @throws MojoExecutionException when the settings.xml server is unusable
     */
    Credentials resolve(Function<String, String> environment, String tokenVariable, Settings settings,
            String serverId) throws MojoExecutionException {
        String token = environment.apply(tokenVariable);
        if (token != null && !token.isBlank()) {
            return Credentials.accessToken(token, "environment variable " + tokenVariable);
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MissingCredentialsException("No Debricked credentials found: set the environment variable "
                    + tokenVariable + " to a Debricked access token, or add a <server> with <id>" + serverId
                    + "</id> and the token as its <password> to settings.xml"
                    + " (see debricked.tokenEnvironmentVariable and debricked.serverId).");
        }
        Server decrypted = secrets.decrypt(server);
        String source = Credentials.SETTINGS_SOURCE + "'" + serverId + "'";
        String username = decrypted.getUsername();
        String password = decrypted.getPassword();
        if (password == null || password.isEmpty()) {
            throw new MojoExecutionException("The " + source + " has no <password>: put the Debricked access token"
                    + " there (without <username>), or a username and password for a Debricked login.");
        }
        if (username == null || username.isBlank()) {
            return Credentials.accessToken(password, source);
        }
        return Credentials.usernamePassword(username, password, source);
    }

    /** Neither the environment variable nor the settings.xml server exists. */
    static final class MissingCredentialsException extends MojoExecutionException {
        private static final long serialVersionUID = 1L;

        MissingCredentialsException(String message) {
            super(message);
        }
    }
}
