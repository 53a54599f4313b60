using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Integrations;

/// <summary>
/// .pre-commit-hooks.yaml with the real pre-commit: a repository whose .pre-commit-config.yaml is the snippet of
/// docs/ci.md, pointed at a clone of this repository's current tree (committed in a temporary repository, so uncommitted
/// work is what is tested) at that commit.
/// </summary>
public sealed class PreCommitHookTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "ug-pre-commit-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The .pre-commit-config.yaml snippet of a Markdown file (the yaml block that names the hook).</summary>
    public static string ConfigSnippet(string markdownFile) => MarkdownSnippets.Read(markdownFile)
        .Single(s => s.Language == "yaml" && s.Text.Contains("id: upgrade-guard", StringComparison.Ordinal) && s.Text.Contains("repos:", StringComparison.Ordinal))
        .Text;

    [Fact]
    public void The_readme_and_docs_ci_show_the_same_configuration()
    {
        Assert.Equal(
            ConfigSnippet(Path.Combine(RepositoryPaths.Root, "docs", "ci.md")),
            ConfigSnippet(Path.Combine(RepositoryPaths.Root, "README.md")));
    }

    [SkippableFact]
    public void Pre_commit_run_fails_on_a_bad_manifest_with_the_finding_then_passes_on_a_clean_one()
    {
        RealTool.Require(RepositorySnapshot.IsInstalled("git"), "git is needed: apt-get install git");
        RealTool.Require(RepositorySnapshot.IsInstalled("pre-commit"), "pre-commit is needed: apt-get install pre-commit (bash build/install-pre-commit.sh)");

        var environment = new Dictionary<string, string>
        {
            ["PRE_COMMIT_HOME"] = Path.Combine(_temp, "pre-commit-home"),
            ["GIT_AUTHOR_NAME"] = "test", ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
            ["GIT_COMMITTER_NAME"] = "test", ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_CONFIG_GLOBAL"] = Path.Combine(_temp, "gitconfig"),
            ["NO_COLOR"] = "1",
        };
        Directory.CreateDirectory(_temp);
        File.WriteAllText(Path.Combine(_temp, "gitconfig"), "[init]\n\tdefaultBranch = main\n[safe]\n\tdirectory = *\n");

        // The hook repository: this tree, committed.
        var hookRepository = Path.Combine(_temp, "upgradeguard");
        RepositorySnapshot.CopyTo(hookRepository);
        Git(hookRepository, environment, "init", "-q");
        Git(hookRepository, environment, "add", "-A");
        Git(hookRepository, environment, "commit", "-q", "-m", "snapshot");
        var revision = Git(hookRepository, environment, "rev-parse", "HEAD").Output.Trim();

        // The user's repository, configured with the documented snippet.
        var repository = Path.Combine(_temp, "infra");
        Directory.CreateDirectory(repository);
        Git(repository, environment, "init", "-q");
        var config = ConfigSnippet(Path.Combine(RepositoryPaths.Root, "docs", "ci.md"))
            .Replace("https://github.com/upgradeguard/upgradeguard", hookRepository, StringComparison.Ordinal);
        config = System.Text.RegularExpressions.Regex.Replace(config, @"rev: \S+", "rev: " + revision);
        File.WriteAllText(Path.Combine(repository, ".pre-commit-config.yaml"), config);
        Directory.CreateDirectory(Path.Combine(repository, "clusters"));
        File.WriteAllText(Path.Combine(repository, "clusters", "prod.upgrade.yaml"), Manifests.RebootOnTimeout);
        File.WriteAllText(Path.Combine(repository, "clusters", "notes.yaml"), "not: [a manifest\n");
        Git(repository, environment, "add", "-A");

        var failing = RepositorySnapshot.Run(repository, "pre-commit", new[] { "run", "--all-files" }, environment);
        Assert.True(failing.ExitCode == 1, failing.ToString());
        Assert.Contains("clusters/prod.upgrade.yaml(15,18): error UG4006: ", failing.Output, StringComparison.Ordinal);
        // Only manifests reach the hook: the broken notes.yaml is not a *.upgrade.yaml.
        Assert.DoesNotContain("notes.yaml", failing.Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(repository, "clusters", "prod.upgrade.yaml"), Manifests.Clean);
        Git(repository, environment, "add", "-A");
        var passing = RepositorySnapshot.Run(repository, "pre-commit", new[] { "run", "--all-files" }, environment);
        Assert.True(passing.ExitCode == 0, passing.ToString());
        Assert.Contains("upgrade-guard", passing.Output, StringComparison.Ordinal);
        Assert.Contains("Passed", passing.Output, StringComparison.Ordinal);
    }

    private static ProcessRun Git(string directory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var run = RepositorySnapshot.Run(directory, "git", arguments, environment);
        Assert.True(run.ExitCode == 0, $"git {string.Join(' ', arguments)}: {run}");
        return run;
    }
}
