package io.github.debrickedmaven.scan;

/**
 * What Debricked files a scan under. Any field may be null while it is being gathered; each comes
 * from the first source that has it (see {@link #orElse}).
 *
 * @param repository repository name, e.g. {@code acme/shop}
 * @param commit commit name, normally the full hash
 * @param branch branch name
 * @param repositoryUrl web URL of the repository, e.g. {@code https://github.com/acme/shop}
 * @param author author of the commit
 * @param integration the CI system, e.g. {@code githubActions}
 * @param source where most of this came from, for the log
 */
public record RepositoryMetadata(String repository, String commit, String branch, String repositoryUrl,
        String author, String integration, String source) {

    public static final RepositoryMetadata EMPTY = new RepositoryMetadata(null, null, null, null, null, null, null);

    /** Fills each missing field from {@code fallback}. */
    public RepositoryMetadata orElse(RepositoryMetadata fallback) {
        return new RepositoryMetadata(first(repository, fallback.repository), first(commit, fallback.commit),
                first(branch, fallback.branch), first(repositoryUrl, fallback.repositoryUrl),
                first(author, fallback.author), first(integration, fallback.integration),
                source != null ? source : fallback.source);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    /**
     * {@code https://github.com/acme/shop} from any git remote form: {@code git@github.com:acme/shop.git},
     * {@code ssh://git@host:22/acme/shop.git}, {@code https://user:pw@host/acme/shop.git}. Credentials in
     * the remote are dropped. Null when the text is not a remote URL.
     */
    public static String webUrl(String remote) {
        if (remote == null || remote.isBlank()) {
            return null;
        }
        String url = remote.strip();
        String host;
        String path;
        java.util.regex.Matcher scp = java.util.regex.Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$")
                .matcher(url);
        java.util.regex.Matcher full = java.util.regex.Pattern.compile("^[a-z+]+://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+)$")
                .matcher(url);
        if (full.matches()) {
            host = full.group(1);
            path = full.group(2);
        } else if (scp.matches()) {
            host = scp.group(1);
            path = scp.group(2);
        } else {
            return null;
        }
        path = path.replaceAll("/+$", "").replaceAll("\\.git$", "");
        return "https://" + host + "/" + path;
    }

    /** {@code acme/shop} from a web URL made by {@link #webUrl}. */
    public static String nameOf(String webUrl) {
        if (webUrl == null) {
            return null;
        }
        String path = webUrl.replaceFirst("^https://[^/]+/", "");
        return path.isEmpty() ? null : path;
    }
}
