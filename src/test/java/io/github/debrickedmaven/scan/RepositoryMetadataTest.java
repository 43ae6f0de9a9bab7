package io.github.debrickedmaven.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryMetadataTest {

    @ParameterizedTest
    @CsvSource({
        "git@github.com:acme/shop.git, https://github.com/acme/shop",
        "https://github.com/acme/shop.git, https://github.com/acme/shop",
        "https://token:secret@gitlab.example.com/group/sub/shop.git, https://gitlab.example.com/group/sub/shop",
        "ssh://git@bitbucket.org:22/acme/shop.git, https://bitbucket.org/acme/shop",
        "https://dev.azure.com/acme/shop/_git/shop, https://dev.azure.com/acme/shop/_git/shop",
        "https://github.com/acme/shop/, https://github.com/acme/shop"})
    void remotesBecomeWebUrlsWithoutCredentials(String remote, String url) {
        assertThat(RepositoryMetadata.webUrl(remote)).isEqualTo(url);
        assertThat(RepositoryMetadata.nameOf(url)).isEqualTo(url.replaceFirst("https://[^/]+/", ""));
    }

    @Test
    void eachFieldComesFromTheFirstSourceThatHasIt() {
        RepositoryMetadata parameters = new RepositoryMetadata("acme/shop", null, null, null, null, null, "params");
        RepositoryMetadata env = new RepositoryMetadata("other", "abc", " ", null, null, "gitlab", "env");
        RepositoryMetadata git = new RepositoryMetadata("third", "def", "main", "https://h/acme/shop", null, null,
                "git");

        RepositoryMetadata merged = parameters.orElse(env).orElse(git);

        assertThat(merged).isEqualTo(new RepositoryMetadata("acme/shop", "abc", "main", "https://h/acme/shop", null,
                "gitlab", "params"));
    }

    @Test
    void gitHubActionsPullRequestsUseTheHeadBranch() {
        RepositoryMetadata metadata = CiEnvironment.read(Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_REPOSITORY", "acme/shop", "GITHUB_SHA", "abc123", "GITHUB_REF", "refs/pull/7/merge",
                "GITHUB_HEAD_REF", "feature/x", "GITHUB_SERVER_URL", "https://github.com", "GITHUB_ACTOR", "ada"));

        assertThat(metadata).isEqualTo(new RepositoryMetadata("acme/shop", "abc123", "feature/x",
                "https://github.com/acme/shop", "ada", "githubActions", "GitHub Actions"));
        assertThat(CiEnvironment.read(Map.of("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/main")).branch())
                .isEqualTo("main");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GITLAB_CI=true,CI_PROJECT_PATH=g/shop,CI_COMMIT_SHA=c1,CI_COMMIT_REF_NAME=dev,CI_PROJECT_URL=https://gitlab.com/g/shop"
            + " | g/shop | c1 | dev | https://gitlab.com/g/shop | gitlab",
        "TF_BUILD=True,BUILD_REPOSITORY_NAME=shop,BUILD_SOURCEVERSION=c2,BUILD_SOURCEBRANCHNAME=main,"
            + "BUILD_REPOSITORY_URI=https://dev.azure.com/a/p/_git/shop | shop | c2 | main"
            + " | https://dev.azure.com/a/p/_git/shop | azureDevOps",
        "BITBUCKET_BUILD_NUMBER=5,BITBUCKET_REPO_OWNER=acme,BITBUCKET_REPO_SLUG=shop,BITBUCKET_COMMIT=c3,"
            + "BITBUCKET_BRANCH=b,BITBUCKET_GIT_HTTP_ORIGIN=https://bitbucket.org/acme/shop | acme/shop | c3 | b"
            + " | https://bitbucket.org/acme/shop | bitbucket",
        "JENKINS_URL=http://ci,GIT_URL=git@github.com:acme/shop.git,GIT_COMMIT=c4,GIT_BRANCH=origin/main"
            + " | acme/shop | c4 | main | https://github.com/acme/shop | jenkins",
        "CIRCLECI=true,CIRCLE_PROJECT_USERNAME=acme,CIRCLE_PROJECT_REPONAME=shop,CIRCLE_SHA1=c5,CIRCLE_BRANCH=m,"
            + "CIRCLE_REPOSITORY_URL=git@github.com:acme/shop.git | acme/shop | c5 | m | https://github.com/acme/shop"
            + " | circleci",
        "TRAVIS=true,TRAVIS_REPO_SLUG=acme/shop,TRAVIS_COMMIT=c6,TRAVIS_BRANCH=main | acme/shop | c6 | main"
            + " | https://github.com/acme/shop | travis",
        "BUILDKITE=true,BUILDKITE_REPO=https://github.com/acme/shop.git,BUILDKITE_COMMIT=c7,BUILDKITE_BRANCH=main"
            + " | acme/shop | c7 | main | https://github.com/acme/shop | buildkite"})
    void readsEachCi(String variables, String repository, String commit, String branch, String url,
            String integration) {
        Map<String, String> env = new java.util.HashMap<>();
        for (String pair : variables.split(",")) {
            env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }

        RepositoryMetadata metadata = CiEnvironment.read(env);

        assertThat(metadata.repository()).isEqualTo(repository);
        assertThat(metadata.commit()).isEqualTo(commit);
        assertThat(metadata.branch()).isEqualTo(branch);
        assertThat(metadata.repositoryUrl()).isEqualTo(url);
        assertThat(metadata.integration()).isEqualTo(integration);
    }

    @Test
    void noCiNoMetadata() {
        assertThat(CiEnvironment.read(Map.of("HOME", "/root"))).isEqualTo(RepositoryMetadata.EMPTY);
    }

    @Test
    void readsALocalCheckoutWithLooseAndPackedRefs(@TempDir Path dir) throws Exception {
        Path git = Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/feature/x\n");
        Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + "0123456789abcdef0123456789abcdef01234567 refs/heads/feature/x\n");
        Files.writeString(dir.resolve(".git/config"), "[core]\n\tbare = false\n[remote \"upstream\"]\n"
                + "\turl = https://github.com/other/fork.git\n[remote \"origin\"]\n"
                + "\turl = git@github.com:acme/shop.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        Path module = Files.createDirectories(dir.resolve("module/sub"));

        RepositoryMetadata metadata = GitCheckout.read(module);

        assertThat(metadata.repository()).isEqualTo("acme/shop");
        assertThat(metadata.repositoryUrl()).isEqualTo("https://github.com/acme/shop");
        assertThat(metadata.branch()).isEqualTo("feature/x");
        assertThat(metadata.commit()).isEqualTo("0123456789abcdef0123456789abcdef01234567");

        Files.createDirectories(git.resolve("feature"));
        Files.writeString(git.resolve("feature/x"), "fedcba9876543210fedcba9876543210fedcba98\n");
        assertThat(GitCheckout.read(module).commit()).isEqualTo("fedcba9876543210fedcba9876543210fedcba98");
    }

    @Test
    void aDetachedHeadHasACommitButNoBranch(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "fedcba9876543210fedcba9876543210fedcba98\n");

        RepositoryMetadata metadata = GitCheckout.read(dir);

        assertThat(metadata.commit()).isEqualTo("fedcba9876543210fedcba9876543210fedcba98");
        assertThat(metadata.branch()).isNull();
        assertThat(metadata.repository()).isNull();
    }
}
