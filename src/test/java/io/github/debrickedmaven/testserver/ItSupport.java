package io.github.debrickedmaven.testserver;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the invoker ITs' Groovy hooks share: one stand-in per IT, the credentials that
 * {@code src/it/settings.xml} and {@code invoker.properties} files use, and checks over the build's
 * log and files.
 */
public final class ItSupport {

    /** The access token ITs pass in {@code DEBRICKED_TOKEN}. */
    public static final String TOKEN = "it-token-0001";
    /** The token that settings.xml server {@code it-encrypted} holds, encrypted. */
    public static final String ENCRYPTED_TOKEN = "it-encrypted-token-0002";
    /** The login that settings.xml server {@code it-login} holds, password encrypted. */
    public static final String USERNAME = "it-user@example.com";
    public static final String PASSWORD = "it-secret-password-0003";
    /** The master password the encrypted values in src/it/settings.xml were made with. */
    public static final String MASTER_PASSWORD = "it-master-password";

    private ItSupport() {
    }

    /**
     * Starts a stand-in that accepts the IT credentials, stores it in the invoker context as
     * {@code server}, and writes the IT's {@code .mvn/maven.config} (see {@link #writeMavenConfig}).
     */
    public static FakeDebricked start(File basedir, Map<String, Object> context, String... extraArguments)
            throws Exception {
        FakeDebricked server = FakeDebricked.start()
                .acceptToken(TOKEN)
                .acceptToken(ENCRYPTED_TOKEN)
                .acceptUser(USERNAME, PASSWORD);
        context.put("server", server);
        writeMavenConfig(basedir, server, extraArguments);
        return server;
    }

    /**
     * Writes {@code dir/.mvn/maven.config} for a forked build: the stand-in's URL (unless
     * {@code server} is null), a settings-security.xml for the encrypted values in
     * {@code src/it/settings.xml}, and {@code extraArguments}. Every build needs the
     * settings-security.xml: Maven 4 decrypts all of settings.xml at start-up and stops on any value
     * it cannot decrypt, whether or not the build uses it.
     */
    public static void writeMavenConfig(File dir, FakeDebricked server, String... extraArguments)
            throws Exception {
        Path security = new io.github.debrickedmaven.maven.MavenCrypto(MASTER_PASSWORD)
                .writeSettingsSecurity(dir.toPath().resolve("settings-security.xml"));
        List<String> lines = new ArrayList<>();
        if (server != null) {
            lines.add("-Ddebricked.baseUrl=" + server.baseUrl());
        }
        lines.add("-Dsettings.security=" + security);
        lines.addAll(List.of(extraArguments));
        Path config = dir.toPath().resolve(".mvn").resolve("maven.config");
        Files.createDirectories(config.getParent());
        Files.write(config, lines, StandardCharsets.UTF_8);
    }

    /** The build log of an IT. */
    public static String log(File basedir) throws IOException {
        return Files.readString(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8);
    }

    /**
     * Fails when any IT secret or any JWT the server issued appears in the build log or in any
     * file under the IT's directory other than its own test fixtures.
     */
    public static void assertNoSecretLeaked(File basedir, FakeDebricked server) throws IOException {
        List<String> secrets = new ArrayList<>(List.of(TOKEN, ENCRYPTED_TOKEN, PASSWORD));
        secrets.addAll(server.issuedJwts());
        try (Stream<Path> files = Files.walk(basedir.toPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("invoker.properties") || name.startsWith("interpolated-") && name.endsWith(".xml")) {
                    continue; // the IT's own fixture, which hands the token to Maven
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        throw new AssertionError("A secret leaked into " + file + ": "
                                + secret.substring(0, Math.min(6, secret.length())) + "...");
                    }
                }
                if (text.contains("Bearer ey")) {
                    throw new AssertionError("A bearer token leaked into " + file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Fails unless the log holds every one of these texts. */
    public static void assertLogContains(File basedir, String... texts) throws IOException {
        String log = log(basedir);
        for (String text : texts) {
            if (!log.contains(text)) {
                throw new AssertionError("build.log lacks: " + text);
            }
        }
    }
}
