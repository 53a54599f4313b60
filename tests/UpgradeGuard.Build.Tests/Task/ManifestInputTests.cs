using System;
using System.IO;
using System.Linq;
using System.Text;
using UpgradeGuard.Core;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>What the task makes of its <c>Manifests</c> items: files that cannot be read, bytes that are not UTF-8, files that are not plans, duplicates, relative paths.</summary>
public sealed class ManifestInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_manifest_that_does_not_exist_is_UG1001_at_its_start_and_the_others_are_still_checked()
    {
        var missing = _temp.Combine("clusters/missing.upgrade.yaml");
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());

        var run = TaskHarness.Run(missing, lab);

        Assert.False(run.Result);
        Assert.Equal(2, run.Task.ManifestCount);
        Assert.Equal((1, 1), (run.Task.ErrorCount, run.Task.WarningCount));
        var error = Assert.Single(run.Fake.Errors);
        Assert.Equal(("UG1001", missing, 1, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("the file cannot be read: ", error.Message);
        Assert.Contains("missing.upgrade.yaml", error.Message);
        Assert.Equal(TaskHarness.HelpBase + "UG1001.md", error.HelpLink);
        Assert.Single(run.Logged, l => l.File == lab && l.Code == "UG5001");
    }

    [Fact]
    public void A_manifest_that_cannot_be_read_is_UG1001_at_its_start()
    {
        // A folder: reading it fails (as an unreadable file does; the tests may run as root, for whom no file is unreadable).
        var folder = _temp.Combine("folder.upgrade.yaml");
        Directory.CreateDirectory(folder);
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());

        var run = TaskHarness.Run(folder, lab);

        Assert.Equal(new[] { (folder, "UG1001@1:1 error"), (lab, "UG5001@9:10 warning") }, run.Logged.Select(l => (l.File, $"{l.Code}@{l.Line}:{l.Column} {l.Kind}")));
        Assert.StartsWith("the file cannot be read: ", run.Logged[0].Message);
    }

    [Fact]
    public void An_item_that_is_not_a_valid_path_is_UG1001_on_it_and_the_others_are_still_checked()
    {
        // MSBuild cannot give such an item a full path (a NUL here; on .NET Framework, also '|', '<', '"' or an unexpanded '*'):
        // the file cannot be read, like a missing one; it must not stop the other manifests from being checked.
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());
        var invalid = _temp.Path + "/bad\0name.upgrade.yaml";

        var run = TaskHarness.Run(invalid, lab);

        Assert.Equal(2, run.Task.ManifestCount);
        var error = Assert.Single(run.Fake.Errors);
        Assert.Equal(("UG1001", invalid, 1, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("the file cannot be read: ", error.Message);
        Assert.Single(run.Logged, l => l.File == lab && l.Code == "UG5001");
        Assert.False(run.Result);
    }

    [Fact]
    public void A_catalog_or_configuration_item_that_is_not_a_valid_path_does_not_stop_the_check()
    {
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());
        var invalidCatalog = _temp.Path + "/bad\0name.catalog.yaml";
        var invalidConfig = _temp.Path + "/bad\0/.editorconfig";

        var run = TaskHarness.Run(new[] { lab }, catalogs: new[] { invalidCatalog }, configurationFiles: new[] { invalidConfig });

        Assert.Equal(new[] { (invalidCatalog, "UG1001@1:1 error"), (lab, "UG5001@9:10 warning") }, run.Logged.Select(l => (l.File, $"{l.Code}@{l.Line}:{l.Column} {l.Kind}")));
        Assert.Equal(1, run.Task.ManifestCount);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_UG1001_at_the_bad_byte_as_the_command_line_says()
    {
        // Windows-1252 "café": 0xE9 is not UTF-8.
        var bytes = Encoding.Latin1.GetBytes("apiVersion: upgradeguard/v1\nkind: UpgradePlan\nmetadata:\n  name: caf\u00e9\n");
        var manifest = _temp.WriteBytes("latin1.upgrade.yaml", bytes);

        var run = TaskHarness.Run(manifest);

        var error = Assert.Single(run.Logged);
        Assert.Equal(("UG1001", Logged.Error, 4, 12), (error.Code, error.Kind, error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("0xE9", error.Message);
        Assert.Equal(CliCheck.Findings(manifest), run.FindingsOn(manifest));
    }

    [Fact]
    public void A_BOM_is_not_counted_in_columns()
    {
        var manifest = _temp.WriteBytes("bom.upgrade.yaml", Encoding.UTF8.GetPreamble().Concat(new UTF8Encoding(false).GetBytes(SampleManifests.Lab())).ToArray());

        Assert.Equal(new[] { "UG5001@9:10 warning" }, TaskHarness.Run(manifest).Short());
    }

    [Fact]
    public void A_manifest_that_is_not_an_upgrade_plan_is_UG1003_whatever_its_name()
    {
        // Manifests are named explicitly: unlike the command line's folder search, a file that is not a plan is not skipped.
        var checklist = _temp.Write("checklist.yaml", "apiVersion: upgradeguard/v1\nkind: UpgradeChecklist\nitems: [backup, notify]\n");

        var run = TaskHarness.Run(checklist);

        Assert.Equal(new[] { "UG1003@2:7 error" }, run.Short());
        Assert.Equal(checklist, run.Logged[0].File);
        Assert.False(run.Result);
        Assert.Equal(1, run.Task.ManifestCount);
        Assert.Equal(CliCheck.Findings(checklist), run.FindingsOn(checklist));
    }

    [Theory]
    [InlineData("just a sentence\n", 1, 16)]
    [InlineData("- a\n- b\n", 3, 1)]
    public void A_manifest_that_is_not_a_mapping_is_UG1003(string text, int endLine, int endColumn)
    {
        var manifest = _temp.Write("odd.upgrade.yaml", text);

        var run = TaskHarness.Run(manifest);

        var error = Assert.Single(run.Logged);
        Assert.Equal(("UG1003", Logged.Error, 1, 1, endLine, endColumn), (error.Code, error.Kind, error.Line, error.Column, error.EndLine, error.EndColumn));
        Assert.Equal(CliCheck.Findings(manifest), run.FindingsOn(manifest));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_manifest_is_UG1003_on_the_empty_span_at_its_start(string text)
    {
        var manifest = _temp.Write("empty.upgrade.yaml", text);

        var run = TaskHarness.Run(manifest);

        var error = Assert.Single(run.Logged);
        // The engine's span is empty; the task, as the command line's machine formats, logs it one column wide.
        Assert.Equal(("UG1003", Logged.Error, 1, 1, 1, 2), (error.Code, error.Kind, error.Line, error.Column, error.EndLine, error.EndColumn));
        Assert.Equal(CliCheck.Findings(manifest), run.FindingsOn(manifest));
    }

    [Fact]
    public void No_manifests_is_no_finding()
    {
        var run = TaskHarness.Run(Array.Empty<string>());

        Assert.True(run.Result);
        Assert.Empty(run.Logged);
        Assert.Equal((0, 0, 0), (run.Task.ManifestCount, run.Task.ErrorCount, run.Task.WarningCount));
        Assert.Contains(run.Fake.Messages, m => m.Message == "UpgradeGuard: 0 manifest(s) checked, 0 error(s), 0 warning(s)");
    }

    [Fact]
    public void A_manifest_named_twice_is_checked_once()
    {
        var lab = _temp.Write("clusters/lab.upgrade.yaml", SampleManifests.Lab());
        var sameThroughDots = Path.Combine(_temp.Path, "clusters", ".", "..", "clusters", "lab.upgrade.yaml");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, lab);

        var run = TaskHarness.Run(lab, sameThroughDots, relative, lab);

        Assert.Equal(1, run.Task.ManifestCount);
        var warning = Assert.Single(run.Logged);
        Assert.Equal((lab, "UG5001"), (warning.File, warning.Code));
        Assert.Equal(1, run.Task.WarningCount);
    }

    [Fact]
    public void A_relative_item_is_logged_with_its_full_path()
    {
        var lab = _temp.Write("clusters/lab.upgrade.yaml", SampleManifests.Lab());
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, lab);
        Assert.False(Path.IsPathRooted(relative), "the temporary folder is on another drive");

        var run = TaskHarness.Run(relative);

        Assert.Equal(lab, Assert.Single(run.Logged).File);
    }

    [Fact]
    public void A_relative_configuration_file_applies_from_its_full_path()
    {
        var lab = _temp.Write("clusters/lab.upgrade.yaml", SampleManifests.Lab());
        var config = _temp.Write("clusters/.editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");

        var run = TaskHarness.Run(new[] { lab }, configurationFiles: new[] { Path.GetRelativePath(Environment.CurrentDirectory, config) });

        Assert.Equal(new[] { "UG5001@9:10 error" }, run.Short());
    }

    [Fact]
    public void Many_manifests_are_each_checked()
    {
        var paths = Enumerable.Range(0, 64).Select(i => _temp.Write($"m{i:D2}.upgrade.yaml", i % 2 == 0 ? SampleManifests.Lab() : SampleManifests.Clean)).ToArray();

        var run = TaskHarness.Run(paths.Reverse().ToArray());

        Assert.Equal(64, run.Task.ManifestCount);
        Assert.Equal(paths.Where((_, i) => i % 2 == 0), run.Logged.Select(l => l.File));
        Assert.Equal(32, run.Task.WarningCount);
    }

    [Fact]
    public void The_engine_is_the_one_the_command_line_uses()
    {
        // A guard for the tests above that compare with the command line: both must see the same bytes.
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());
        var direct = new UpgradeGuardEngine().Analyze(lab, File.ReadAllBytes(lab)).Diagnostics.Select(d => $"{d.Id}@{d.Span.StartLine}:{d.Span.StartColumn}");

        Assert.Equal(direct, TaskHarness.Run(lab).Logged.Select(l => $"{l.Code}@{l.Line}:{l.Column}"));
    }
}
