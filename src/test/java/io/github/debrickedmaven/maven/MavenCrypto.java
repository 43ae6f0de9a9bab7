package io.github.debrickedmaven.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.cipher.PlexusCipherException;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * Maven's own password encryption, as {@code mvn --encrypt-master-password} and
 * {@code mvn --encrypt-password} do it, for tests of encrypted settings.xml values.
 */
public final class MavenCrypto {

    private final String master;
    private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();

    public MavenCrypto(String master) {
        this.master = master;
    }

    /** Writes a settings-security.xml holding the encrypted master password. */
    public Path writeSettingsSecurity(Path file) throws IOException, PlexusCipherException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(master, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>\n");
        return file;
    }

    /** A value encrypted with the master password, in braces as settings.xml holds it. */
    public String encrypt(String value) throws PlexusCipherException {
        return cipher.encryptAndDecorate(value, master);
    }

    /** Maven's real decrypter reading the given settings-security.xml. */
    public static SettingsDecrypter decrypter(Path settingsSecurity) {
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(),
                settingsSecurity.toString()));
    }
}
