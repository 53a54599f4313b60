using System;
using System.Collections.Generic;
using System.IO;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class GitHubStepSummaryTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private (int ExitCode, string Output) Run(Dictionary<string, string> variables, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, new StringWriter(), _workspace.Root, false, name => variables.TryGetValue(name, out var value) ? value : null);
        return (Cli.Run(args, environment), output.ToString());
    }

    [Fact]
    public void The_github_format_appends_counts_and_a_table_to_the_step_summary()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w|x.upgrade.yaml", Manifests.WarningOnly);
        var summary = _workspace.Write("summary.md", "earlier step\n");
        var (exitCode, output) = Run(new() { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "--format", "github");

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        Assert.StartsWith("::error file=r.upgrade.yaml", output);
        var markdown = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n### upgrade-guard\n", markdown);
        Assert.Contains("1 error, 1 warning, 0 info in 2 files checked", markdown);
        Assert.Contains("| Severity | Rule | File | Line | Message |", markdown);
        Assert.Contains("| ❌ error | [UG4006](", markdown);
        Assert.Contains("| r.upgrade.yaml | 15 | 'onTimeout: reboot' would", markdown);
        // A '|' in a cell would end it.
        Assert.Contains("| w\\|x.upgrade.yaml | 6 |", markdown);
    }

    [Fact]
    public void Nothing_is_written_without_the_variable_or_in_other_formats()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        var summary = Path.Combine(_workspace.Root, "summary.md");
        Run(new(), "check", "--format", "github");
        Run(new() { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "--format", "sarif");
        Assert.False(File.Exists(summary));
    }

    [Fact]
    public void An_unwritable_summary_is_a_problem_not_a_crash()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        var folder = Path.Combine(_workspace.Root, "a-folder");
        Directory.CreateDirectory(folder);
        var (exitCode, _) = Run(new() { ["GITHUB_STEP_SUMMARY"] = folder }, "check", "--format", "github");
        Assert.Equal(ExitCodes.BadInput, exitCode);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("x\ny", "x y")]
    [InlineData("<b>", "&lt;b&gt;")]
    public void Cells_are_escaped(string text, string expected) => Assert.Equal(expected, GitHubStepSummary.Cell(text));
}
