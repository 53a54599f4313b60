using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>Each finding is logged with code, full path, start and end, help link and message; the result and the outputs follow.</summary>
public sealed class LoggingTests
{
    [Fact]
    public void Errors_are_logged_with_code_file_position_end_help_link_and_message()
    {
        var run = TaskHarness.Run(TaskSamples.Amsterdam);

        Assert.False(run.Result);
        Assert.Equal(2, run.Fake.Errors.Count);
        Assert.Empty(run.Fake.Warnings);
        Assert.Empty(run.Fake.CodedMessages);

        var snapshot = run.Fake.Errors[0];
        Assert.Equal(("UG4001", TaskSamples.Amsterdam, 19, 7, 19, 21), (snapshot.Code, snapshot.File, snapshot.LineNumber, snapshot.ColumnNumber, snapshot.EndLineNumber, snapshot.EndColumnNumber));
        Assert.Equal(TaskHarness.HelpBase + "UG4001.md", snapshot.HelpLink);
        Assert.Null(snapshot.Subcategory);
        Assert.Null(snapshot.HelpKeyword);
        Assert.Equal("ValidateUpgradeManifests", snapshot.SenderName);

        var hop = run.Fake.Errors[1];
        Assert.Equal(("UG2001", TaskSamples.Amsterdam, 19, 16, 19, 21), (hop.Code, hop.File, hop.LineNumber, hop.ColumnNumber, hop.EndLineNumber, hop.EndColumnNumber));
        Assert.Equal(TaskHarness.HelpBase + "UG2001.md", hop.HelpLink);
        Assert.Contains("5.4.4 -> 5.5.1 -> 5.6.0", hop.Message);

        // Word for word what `upgrade-guard check` says about the file.
        Assert.Equal(CliCheck.Findings(TaskSamples.Amsterdam), run.FindingsOn(TaskSamples.Amsterdam));
    }

    [Fact]
    public void Outputs_count_manifests_errors_and_warnings()
    {
        using var temp = new TempDirectory();
        var lab = temp.Write("lab.upgrade.yaml", SampleManifests.Lab());
        var notLatest = temp.Write("hold.upgrade.yaml", TaskSamples.NotLatest);
        var clean = temp.Write("clean.upgrade.yaml", SampleManifests.Clean);

        var run = TaskHarness.Run(TaskSamples.Amsterdam, lab, notLatest, clean);

        Assert.False(run.Result);
        Assert.Equal(4, run.Task.ManifestCount);
        Assert.Equal(2, run.Task.ErrorCount);
        Assert.Equal(1, run.Task.WarningCount);
        Assert.Equal((2, 1, 1), (run.Fake.Errors.Count, run.Fake.Warnings.Count, run.Fake.CodedMessages.Count()));
        // The summary says the same.
        Assert.Contains(run.Fake.Messages, m => string.IsNullOrEmpty(m.Code) && m.Message == "UpgradeGuard: 4 manifest(s) checked, 2 error(s), 1 warning(s)");
    }

    [Fact]
    public void Warnings_only_is_success()
    {
        using var temp = new TempDirectory();
        var lab = temp.Write("lab.upgrade.yaml", SampleManifests.Lab());

        var run = TaskHarness.Run(lab);

        Assert.True(run.Result);
        Assert.Empty(run.Fake.Errors);
        var warning = Assert.Single(run.Fake.Warnings);
        Assert.Equal(("UG5001", lab, TaskSamples.LabLine, TaskSamples.LabColumn, TaskSamples.LabLine, TaskSamples.LabEndColumn),
            (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        Assert.Equal(TaskHarness.HelpBase + "UG5001.md", warning.HelpLink);
        Assert.Equal(CliCheck.Findings(lab), run.FindingsOn(lab));
        Assert.Equal((1, 0, 1), (run.Task.ManifestCount, run.Task.ErrorCount, run.Task.WarningCount));
    }

    [Fact]
    public void A_clean_manifest_logs_no_finding()
    {
        using var temp = new TempDirectory();
        var clean = temp.Write("clean.upgrade.yaml", SampleManifests.Clean);

        var run = TaskHarness.Run(clean);

        Assert.True(run.Result);
        Assert.Empty(run.Logged);
        Assert.Equal((1, 0, 0), (run.Task.ManifestCount, run.Task.ErrorCount, run.Task.WarningCount));
    }

    [Fact]
    public void Info_findings_are_coded_messages_not_warnings()
    {
        using var temp = new TempDirectory();
        var hold = temp.Write("hold.upgrade.yaml", TaskSamples.NotLatest);

        var run = TaskHarness.Run(hold);

        Assert.True(run.Result);
        Assert.Empty(run.Fake.Errors);
        Assert.Empty(run.Fake.Warnings);
        var info = Assert.Single(run.Fake.CodedMessages);
        Assert.Equal(("UG2006", hold, 11, 7, 11, 12), (info.Code, info.File, info.LineNumber, info.ColumnNumber, info.EndLineNumber, info.EndColumnNumber));
        Assert.Equal(MessageImportance.Normal, info.Importance);
        Assert.StartsWith("upgrade.to 5.5.1 is not the latest version", info.Message);
        Assert.Equal(CliCheck.Findings(hold), run.FindingsOn(hold));
        Assert.Equal((0, 0), (run.Task.ErrorCount, run.Task.WarningCount));
    }

    [Fact]
    public void Findings_are_logged_by_file_then_line_column_and_id_whatever_their_severity()
    {
        // ug2007-no-path has three findings at 17:7: UG2006 (info), UG2007 and UG4001 (errors).
        var err = Path.Combine(RepositoryPaths.TestData, "err");
        var files = new[] { "ug2007-no-path", "ug2001-no-steps-direct-jump", "ug1002-unknown-key-typo", "ug5001-monday-morning" }
            .Select(name => Path.Combine(err, name + ".upgrade.yaml")).ToArray();
        using var temp = new TempDirectory();
        var lab = temp.Write("b/lab.upgrade.yaml", SampleManifests.Lab());
        var hold = temp.Write("a/hold.upgrade.yaml", TaskSamples.NotLatest);

        // Handed over in an order that is not the logged one.
        var run = TaskHarness.Run(new[] { lab, hold }.Concat(files.Reverse()).Append(TaskSamples.Amsterdam));

        var logged = run.Logged.ToList();
        var sorted = logged.OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column).ThenBy(l => l.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, logged);
        Assert.Equal(files.Length + 3, logged.Select(l => l.File).Distinct().Count());
        Assert.Equal(new[] { "UG2006@17:7 info", "UG2007@17:7 error", "UG4001@17:7 error" },
            run.Logged.Where(l => l.File.EndsWith("ug2007-no-path.upgrade.yaml", StringComparison.Ordinal)).Select(l => $"{l.Code}@{l.Line}:{l.Column} {l.Kind}"));
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0}{1}")]
    [InlineData("{oops")]
    [InlineData("}{")]
    public void A_message_with_braces_is_logged_verbatim(string key)
    {
        // The unknown key is echoed in UG1002's message: a String.Format on it would throw or replace the placeholder.
        using var temp = new TempDirectory();
        var manifest = temp.Write("braces.upgrade.yaml", SampleManifests.Clean.Replace("  nodes: 2\n", $"  nodes: 2\n  '{key}': 3\n", StringComparison.Ordinal));

        var run = TaskHarness.Run(manifest);

        Assert.False(run.Result);
        var error = Assert.Single(run.Fake.Errors);
        Assert.Equal(("UG1002", 5, 3), (error.Code, error.LineNumber, error.ColumnNumber));
        Assert.Contains($"'cluster.{key}'", error.Message);
        Assert.Equal(CliCheck.Findings(manifest), run.FindingsOn(manifest));
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("suggestion")]
    public void A_message_with_braces_is_logged_verbatim_as_a_warning_and_as_an_info(string severity)
    {
        using var temp = new TempDirectory();
        var manifest = temp.Write("braces.upgrade.yaml", SampleManifests.Clean.Replace("  window: 2h\n", "  window: 2h\n  '{0}': x\n", StringComparison.Ordinal));
        var config = temp.Write(".editorconfig", $"[*.yaml]\ndotnet_diagnostic.UG1002.severity = {severity}\n");

        var run = TaskHarness.Run(new[] { manifest }, configurationFiles: new[] { config });

        Assert.True(run.Result);
        var logged = Assert.Single(run.Logged);
        Assert.Equal(severity == "warning" ? Logged.Warning : Logged.Info, logged.Kind);
        Assert.Contains("'schedule.{0}'", logged.Message);
    }

    [Fact]
    public void Every_logged_finding_has_its_rules_help_link()
    {
        var run = TaskHarness.Run(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestData, "err"), "*.upgrade.yaml"));

        Assert.NotEmpty(run.Logged);
        Assert.All(run.Fake.Errors, e => Assert.Equal(TaskHarness.HelpBase + e.Code + ".md", e.HelpLink));
        Assert.All(run.Fake.Warnings, w => Assert.Equal(TaskHarness.HelpBase + w.Code + ".md", w.HelpLink));
    }
}
