using System;
using System.IO;
using System.Linq;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>
/// The task applies the one discovery rule to the items of the package's glob (<c>UpgradeGuardDiscovered="true"</c>):
/// another tool's <c>*.upgrade.yaml</c> is skipped, a misspelt kind is UG1003; an item added by hand is always checked.
/// For every file of samples/ and the testdata it logs what <c>upgrade-guard check</c> of the folder reports.
/// </summary>
public sealed class DiscoveryTests : IDisposable
{
    private const string Checklist = "kind: UpgradeChecklist\nitems: [backup, notify]\n";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Another_tools_file_found_by_the_glob_is_skipped()
    {
        var checklist = _temp.Write("go-live-checklist.upgrade.yaml", Checklist);
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());

        var run = TaskHarness.RunItems(new[] { TaskHarness.Discovered(checklist), TaskHarness.Discovered(lab) });

        Assert.True(run.Result);
        Assert.Empty(run.FindingsOn(checklist));
        Assert.Equal(1, run.Task.ManifestCount);
        Assert.Contains(run.Fake.Messages, m => m.Message != null && m.Message.Contains("1 manifest(s) checked", StringComparison.Ordinal) && m.Message.Contains("1 file(s) skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_kind_found_by_the_glob_is_UG1003()
    {
        var staging = _temp.Write("staging.upgrade.yaml", SampleManifests.Lab().Replace("kind: UpgradePlan", "kind: UpgradePlna"));

        var run = TaskHarness.RunItems(new[] { TaskHarness.Discovered(staging) });

        Assert.False(run.Result);
        Assert.Equal(new[] { "2:7-2:18 error UG1003: kind 'UpgradePlna' is not 'UpgradePlan': this file is not an upgrade manifest" }, run.FindingsOn(staging));
    }

    [Fact]
    public void A_file_added_by_hand_is_checked_even_when_the_glob_found_it_too()
    {
        var checklist = _temp.Write("go-live-checklist.upgrade.yaml", Checklist);

        var byHand = TaskHarness.RunItems(new[] { TaskHarness.Named(checklist) });
        var both = TaskHarness.RunItems(new[] { TaskHarness.Discovered(checklist), TaskHarness.Named(checklist) });

        Assert.Equal(new[] { "UG1003@1:7 error" }, byHand.Short());
        Assert.Equal(new[] { "UG1003@1:7 error" }, both.Short());
        Assert.Equal(1, both.Task.ManifestCount);
    }

    [SkippableFact]
    public void A_FIFO_found_by_the_glob_is_skipped_and_one_added_by_hand_is_UG1001()
    {
        var fifo = _temp.Combine("pipe.upgrade.yaml");
        Fifo.Create(fifo);

        var found = Fifo.Guard(() => TaskHarness.RunItems(new[] { TaskHarness.Discovered(fifo) }), fifo);
        var named = Fifo.Guard(() => TaskHarness.RunItems(new[] { TaskHarness.Named(fifo) }), fifo);

        Assert.True(found.Result);
        Assert.Empty(found.Logged);
        Assert.Equal(0, found.Task.ManifestCount);
        Assert.Equal(new[] { "1:1-1:2 error UG1001: the file cannot be read: it is a named pipe (FIFO), not a regular file" }, named.FindingsOn(fifo));
    }

    public static TheoryData<string> DiscoveredFiles() => DiscoveredFindings.FilesData();

    [Fact]
    public void The_discovery_corpus_has_the_samples_the_testdata_and_the_go_live_checklist()
    {
        var files = DiscoveredFindings.Files();
        Assert.Contains("samples/clusters/staging/go-live-checklist.upgrade.yaml", files);
        Assert.Contains(files, f => f.StartsWith("samples/notargets-repo/", StringComparison.Ordinal));
        Assert.True(files.Count(f => f.StartsWith("tests/", StringComparison.Ordinal)) >= 80, "the engine's testdata corpus was not found");
    }

    [Theory]
    [MemberData(nameof(DiscoveredFiles))]
    public void A_glob_item_gets_what_check_of_its_folder_reports(string relativePath)
    {
        var fullPath = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, relativePath));

        var run = TaskHarness.RunItems(new[] { TaskHarness.Discovered(fullPath) }, CliCheck.ConfigurationFilesAbove(fullPath));

        Assert.Equal(DiscoveredFindings.For(fullPath), run.FindingsOn(fullPath).OrderBy(f => f, StringComparer.Ordinal).ToList());
        Assert.Equal(run.Logged.Count, run.FindingsOn(fullPath).Count);
    }
}
