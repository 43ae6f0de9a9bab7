package io.github.debrickedmaven.scan;

import java.util.Map;
import java.util.function.Function;

/**
 * Repository metadata from the CI system's own environment variables, as the Debricked CLI reads
 * them (GitHub Actions, GitLab, Azure DevOps, Bitbucket, Jenkins, CircleCI, Travis, Buildkite).
 */
public final class CiEnvironment {

    private CiEnvironment() {
    }

    /** The metadata the first recognised CI gives, or {@link RepositoryMetadata#EMPTY}. */
    public static RepositoryMetadata read(Function<String, String> env) {
        if (set(env, "GITHUB_ACTIONS") || set(env, "GITHUB_ACTION")) {
            String repository = env.apply("GITHUB_REPOSITORY");
            String server = orDefault(env.apply("GITHUB_SERVER_URL"), "https://github.com");
            String branch = set(env, "GITHUB_HEAD_REF") ? env.apply("GITHUB_HEAD_REF")
                    : stripRef(env.apply("GITHUB_REF"));
            return new RepositoryMetadata(repository, env.apply("GITHUB_SHA"), branch,
                    repository == null ? null : server + "/" + repository, env.apply("GITHUB_ACTOR"),
                    "githubActions", "GitHub Actions");
        }
        if (set(env, "GITLAB_CI")) {
            return new RepositoryMetadata(env.apply("CI_PROJECT_PATH"), env.apply("CI_COMMIT_SHA"),
                    env.apply("CI_COMMIT_REF_NAME"), env.apply("CI_PROJECT_URL"), env.apply("CI_COMMIT_AUTHOR"),
                    "gitlab", "GitLab CI");
        }
        if (set(env, "TF_BUILD")) {
            String url = env.apply("BUILD_REPOSITORY_URI");
            return new RepositoryMetadata(env.apply("BUILD_REPOSITORY_NAME"), env.apply("BUILD_SOURCEVERSION"),
                    env.apply("BUILD_SOURCEBRANCHNAME"), url, env.apply("BUILD_REQUESTEDFOREMAIL"), "azureDevOps",
                    "Azure DevOps");
        }
        if (set(env, "BITBUCKET_BUILD_NUMBER")) {
            String repository = set(env, "BITBUCKET_REPO_FULL_NAME") ? env.apply("BITBUCKET_REPO_FULL_NAME")
                    : join(env.apply("BITBUCKET_REPO_OWNER"), env.apply("BITBUCKET_REPO_SLUG"));
            return new RepositoryMetadata(repository, env.apply("BITBUCKET_COMMIT"), env.apply("BITBUCKET_BRANCH"),
                    env.apply("BITBUCKET_GIT_HTTP_ORIGIN"), null, "bitbucket", "Bitbucket Pipelines");
        }
        if (set(env, "JENKINS_URL")) {
            String url = RepositoryMetadata.webUrl(env.apply("GIT_URL"));
            String branch = env.apply("BRANCH_NAME") != null ? env.apply("BRANCH_NAME")
                    : stripRemote(env.apply("GIT_BRANCH"));
            return new RepositoryMetadata(RepositoryMetadata.nameOf(url), env.apply("GIT_COMMIT"), branch, url,
                    env.apply("GIT_AUTHOR_NAME"), "jenkins", "Jenkins");
        }
        if (set(env, "CIRCLECI")) {
            return new RepositoryMetadata(join(env.apply("CIRCLE_PROJECT_USERNAME"), env.apply("CIRCLE_PROJECT_REPONAME")),
                    env.apply("CIRCLE_SHA1"), env.apply("CIRCLE_BRANCH"),
                    RepositoryMetadata.webUrl(env.apply("CIRCLE_REPOSITORY_URL")), env.apply("CIRCLE_USERNAME"),
                    "circleci", "CircleCI");
        }
        if (set(env, "TRAVIS")) {
            String slug = env.apply("TRAVIS_REPO_SLUG");
            String branch = set(env, "TRAVIS_PULL_REQUEST_BRANCH") ? env.apply("TRAVIS_PULL_REQUEST_BRANCH")
                    : env.apply("TRAVIS_BRANCH");
            return new RepositoryMetadata(slug, env.apply("TRAVIS_COMMIT"), branch,
                    slug == null ? null : "https://github.com/" + slug, null, "travis", "Travis CI");
        }
        if (set(env, "BUILDKITE")) {
            String url = RepositoryMetadata.webUrl(env.apply("BUILDKITE_REPO"));
            return new RepositoryMetadata(RepositoryMetadata.nameOf(url), env.apply("BUILDKITE_COMMIT"),
                    env.apply("BUILDKITE_BRANCH"), url, env.apply("BUILDKITE_BUILD_AUTHOR"), "buildkite", "Buildkite");
        }
        return RepositoryMetadata.EMPTY;
    }

    /**
     * The Debricked CLI's own variables: {@code DEBRICKED_REPOSITORY}, {@code DEBRICKED_COMMIT},
     * {@code DEBRICKED_BRANCH}, {@code DEBRICKED_REPOSITORY_URL}, {@code DEBRICKED_AUTHOR},
     * {@code DEBRICKED_INTEGRATION}.
     */
    public static RepositoryMetadata readDebricked(Function<String, String> env) {
        String repository = env.apply("DEBRICKED_REPOSITORY");
        return new RepositoryMetadata(repository, env.apply("DEBRICKED_COMMIT"), env.apply("DEBRICKED_BRANCH"),
                env.apply("DEBRICKED_REPOSITORY_URL"), env.apply("DEBRICKED_AUTHOR"),
                env.apply("DEBRICKED_INTEGRATION"), repository == null ? null : "env DEBRICKED_REPOSITORY");
    }

    /** For tests and callers holding a map. */
    public static RepositoryMetadata read(Map<String, String> env) {
        return read(env::get);
    }

    private static boolean set(Function<String, String> env, String name) {
        String value = env.apply(name);
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
    }

    private static String stripRef(String ref) {
        return ref == null ? null : ref.replaceFirst("^refs/(heads|tags)/", "");
    }

    private static String stripRemote(String branch) {
        return branch == null ? null : branch.replaceFirst("^(refs/heads/|origin/)", "");
    }

    private static String join(String owner, String name) {
        return owner == null || name == null ? null : owner + "/" + name;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
