package io.github.debrickedmaven.testserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-signed certificate for {@code localhost} and a trust store holding it, made with the
 * JDK's own {@code keytool}: for testing that the plugin trusts exactly what the JVM trust store
 * ({@code javax.net.ssl.trustStore}) says.
 */
public final class TestCertificates {

    public static final String PASSWORD = "changeit";

    private TestCertificates() {
    }

    /**
     * Writes {@code server.p12} (key and certificate) and {@code truststore.p12} (the certificate) into
     * {@code dir}, unless they are there already.
     *
     * @return the server key store
     */
    public static Path create(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path server = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.cer");
        Path trust = dir.resolve("truststore.p12");
        if (Files.exists(trust)) {
            return server;
        }
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "debricked", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", server.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        run(keytool, "-exportcert", "-alias", "debricked", "-keystore", server.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        run(keytool, "-importcert", "-noprompt", "-alias", "debricked", "-file", certificate.toString(),
                "-storetype", "PKCS12", "-keystore", trust.toString(), "-storepass", PASSWORD);
        return server;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
