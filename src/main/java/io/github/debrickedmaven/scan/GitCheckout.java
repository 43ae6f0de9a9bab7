package io.github.debrickedmaven.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repository metadata from the local git checkout, read from {@code .git} directly (HEAD, refs,
 * packed-refs, config), so that neither a git binary nor a git library is needed.
 */
public final class GitCheckout {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private static final Pattern REMOTE_URL = Pattern.compile(
            "\\[remote \"([^\"]+)\"]([^\\[]*)", Pattern.DOTALL);
    private static final Pattern URL_LINE = Pattern.compile("(?m)^\\s*url\\s*=\\s*(\\S+)\\s*$");

    private GitCheckout() {
    }

    /** The checkout that holds {@code dir}, or {@link RepositoryMetadata#EMPTY} when there is none. */
    public static RepositoryMetadata read(Path dir) {
        try {
            Path gitDir = find(dir.toAbsolutePath());
            if (gitDir == null) {
                return RepositoryMetadata.EMPTY;
            }
            Path commonDir = commonDir(gitDir);
            String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            String branch = null;
            String commit;
            if (head.startsWith("ref:")) {
                String ref = head.substring(4).strip();
                branch = ref.replaceFirst("^refs/heads/", "");
                commit = resolve(commonDir, ref);
            } else {
                commit = HASH.matcher(head).matches() ? head : null;
            }
            String url = RepositoryMetadata.webUrl(firstRemote(commonDir));
            return new RepositoryMetadata(RepositoryMetadata.nameOf(url), commit, branch, url, null, null,
                    "git checkout " + gitDir.getParent());
        } catch (IOException e) {
            return RepositoryMetadata.EMPTY;
        }
    }

    private static Path find(Path dir) throws IOException {
        for (Path d = dir; d != null; d = d.getParent()) {
            Path git = d.resolve(".git");
            if (Files.isDirectory(git)) {
                return git;
            }
            if (Files.isRegularFile(git)) { // a worktree or submodule: "gitdir: <path>"
                String line = Files.readString(git, StandardCharsets.UTF_8).strip();
                if (line.startsWith("gitdir:")) {
                    return d.resolve(line.substring(7).strip()).normalize();
                }
            }
        }
        return null;
    }

    private static Path commonDir(Path gitDir) throws IOException {
        Path file = gitDir.resolve("commondir");
        return Files.isRegularFile(file)
                ? gitDir.resolve(Files.readString(file, StandardCharsets.UTF_8).strip()).normalize() : gitDir;
    }

    private static String resolve(Path gitDir, String ref) throws IOException {
        Path loose = gitDir.resolve(ref);
        if (Files.isRegularFile(loose)) {
            String hash = Files.readString(loose, StandardCharsets.UTF_8).strip();
            return HASH.matcher(hash).matches() ? hash : null;
        }
        Path packed = gitDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            List<String> lines = Files.readAllLines(packed, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.endsWith(" " + ref) && HASH.matcher(line.substring(0, line.indexOf(' '))).matches()) {
                    return line.substring(0, line.indexOf(' '));
                }
            }
        }
        return null; // a branch without commits yet
    }

    private static String firstRemote(Path gitDir) throws IOException {
        Path config = gitDir.resolve("config");
        if (!Files.isRegularFile(config)) {
            return null;
        }
        String text = Files.readString(config, StandardCharsets.UTF_8);
        String first = null;
        Matcher remotes = REMOTE_URL.matcher(text);
        while (remotes.find()) {
            Matcher url = URL_LINE.matcher(remotes.group(2));
            if (url.find()) {
                if (remotes.group(1).equals("origin")) {
                    return url.group(1);
                }
                if (first == null) {
                    first = url.group(1);
                }
            }
        }
        return first;
    }
}
