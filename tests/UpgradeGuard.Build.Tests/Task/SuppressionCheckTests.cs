using System;
using System.Linq;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>UG0002 and UG0003 from the task: comments at the manifest, configuration entries at the configuration file.</summary>
public sealed class SuppressionCheckTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Comments_that_cannot_be_read_or_suppress_nothing_are_logged_at_the_comment_as_the_command_line_reports_them()
    {
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00   # upgrade-guard: disable-line UG50001") + "# upgrade-guard: disable-file UG2006\n");

        var run = TaskHarness.Run(lab);

        Assert.Equal(new[] { "UG5001@9:10 warning", "UG0002@9:29 warning", "UG0003@17:1 info" }, run.Short());
        Assert.True(run.Result);
        Assert.Equal(CliCheck.Findings(lab), run.FindingsOn(lab));
    }

    [Fact]
    public void A_configuration_entry_that_cannot_be_read_is_logged_once_against_the_configuration_file()
    {
        var a = _temp.Write("a/lab.upgrade.yaml", SampleManifests.Lab());
        var b = _temp.Write("b/lab.upgrade.yaml", SampleManifests.Lab());
        var config = _temp.Write(".editorconfig", "root = true\n\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = eror\n");

        var run = TaskHarness.Run(new[] { a, b }, configurationFiles: new[] { config });

        var logged = Assert.Single(run.Logged, l => l.Code == "UG0002");
        Assert.Equal(config, logged.File);
        Assert.Equal("4:1-4:41 warning UG0002: 'dotnet_diagnostic.UG5001.severity' gives the severity 'eror', which is not one (did you mean 'error'?); use none, silent, suggestion, warning, error or default: the entry is ignored and UG5001 keeps its severity", logged.Finding);
        Assert.Equal(TaskHarness.HelpBase + "UG0002.md", logged.HelpLink);
        Assert.Equal(new[] { "UG0002@4:1 warning", "UG5001@9:10 warning", "UG5001@9:10 warning" }, run.Short());
    }

    [Fact]
    public void NoWarn_and_TreatWarningsAsErrors_apply_to_configuration_findings()
    {
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());
        var config = _temp.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.UG9999.severity = error\n");

        Assert.DoesNotContain(TaskHarness.Run(new[] { lab }, configurationFiles: new[] { config }, noWarn: "UG0002").Logged, l => l.Code == "UG0002");
        var strict = TaskHarness.Run(new[] { lab }, configurationFiles: new[] { config }, treatWarningsAsErrors: true);
        Assert.Contains(strict.Logged, l => l.Code == "UG0002" && l.Kind == Logged.Error && l.File == config && l.Line == 2);
        Assert.False(strict.Result);
    }
}
