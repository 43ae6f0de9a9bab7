package io.github.debrickedmaven.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Decrypts the one settings.xml entry the plugin uses, through Maven's {@link SettingsDecrypter}.
 * A decryption error fails the goal: silently using the encrypted text as a password would only
 * move the failure to a confusing 401.
 */
final class SettingsSecrets {

    private final SettingsDecrypter decrypter;

    SettingsSecrets(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    Server decrypt(Server server) throws MojoExecutionException {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        failOnErrors(result, "server '" + server.getId() + "'");
        return result.getServer();
    }

    Proxy decrypt(Proxy proxy) throws MojoExecutionException {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
        failOnErrors(result, "proxy '" + proxy.getId() + "'");
        return result.getProxy();
    }

    private static void failOnErrors(SettingsDecryptionResult result, String entry) throws MojoExecutionException {
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity().ordinal() <= SettingsProblem.Severity.ERROR.ordinal()) {
                throw new MojoExecutionException("Could not decrypt the password of settings.xml " + entry + ": "
                        + problem.getMessage() + ". Check settings-security.xml (mvn --encrypt-master-password)"
                        + " and the encrypted value.");
            }
        }
    }
}
