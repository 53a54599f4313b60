using System;
using System.IO;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Conventions;

/// <summary><c>--exclude GLOB</c>: repeatable, matched against paths relative to the repository root.</summary>
public sealed class ExcludeTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public ExcludeTests()
    {
        // The workspace is a repository: excludes are relative to its root, wherever the command runs.
        Directory.CreateDirectory(Path.Combine(_workspace.Root, ".git"));
        _workspace.Write("clusters/prod/prod.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("clusters/prod/next.draft.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("legacy/old.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("legacy/deeper/older.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
    }

    public void Dispose() => _workspace.Dispose();

    private static string[] Files(CliRun run) =>
        run.OutputLines.Where(l => l.Contains("): ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]).Distinct().ToArray();

    [Fact]
    public void A_folder_glob_and_a_file_glob_together_skip_both()
    {
        var run = _workspace.Run("check", ".", "--exclude", "legacy/**", "--exclude", "**/*.draft.upgrade.yaml");
        Assert.Equal(new[] { "clusters/prod/prod.upgrade.yaml" }, Files(run));
        Assert.Equal("1 error, 0 warnings, 0 info in 2 files checked", run.OutputLines[^1]);
    }

    [Fact]
    public void A_folder_name_skips_everything_under_it()
    {
        var run = _workspace.Run("check", "--exclude", "legacy");
        Assert.DoesNotContain(Files(run), f => f.StartsWith("legacy/", StringComparison.Ordinal));
        Assert.Contains("clusters/prod/prod.upgrade.yaml", Files(run));
    }

    [Fact]
    public void Globs_are_relative_to_the_repository_root_not_the_working_folder()
    {
        var run = _workspace.RunIn("clusters", terminal: false, "check", "--exclude", "clusters/prod/next.draft.upgrade.yaml");
        Assert.Equal(new[] { "prod/prod.upgrade.yaml" }, Files(run));
    }

    [Fact]
    public void A_named_file_that_matches_is_skipped_too()
    {
        // pre-commit and scripts name files one by one; the exclude the user wrote still holds.
        var run = _workspace.Run("check", "legacy/old.upgrade.yaml", "clean.upgrade.yaml", "--exclude", "legacy/**");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 1 file checked", run.OutputLines[^1]);
    }

    [Fact]
    public void Without_exclude_everything_is_checked()
    {
        var run = _workspace.Run("check");
        Assert.Equal(5, Files(run).Length + 1);
        Assert.EndsWith("in 5 files checked", run.OutputLines[^1]);
    }

    [Fact]
    public void Fix_honours_exclude()
    {
        _workspace.Write("legacy/fixable.upgrade.yaml", Manifests.Clean.Replace("    - snapshot: all\n", ""));
        var excluded = _workspace.Run("fix", "--exclude", "legacy");
        Assert.DoesNotContain("legacy/fixable.upgrade.yaml", excluded.Output);
        var included = _workspace.Run("fix");
        Assert.Contains("legacy/fixable.upgrade.yaml", included.Output);
    }
}
