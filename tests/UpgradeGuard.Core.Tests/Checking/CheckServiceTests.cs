using System;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Checking;

/// <summary>The one service that checks files for the command line, the MSBuild task and the language server.</summary>
public sealed class CheckServiceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ugcheck-" + Guid.NewGuid().ToString("N"));
    private readonly CheckService _service = new CheckService(CatalogLoader.BuiltIn);

    public CheckServiceTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ManifestFile Write(string name, string text, bool isExplicit = true)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return new ManifestFile(path, name, isExplicit);
    }

    [Fact]
    public void Files_come_back_in_their_order_with_the_display_path_on_each_finding()
    {
        var files = Enumerable.Range(0, 8).Select(i => Write($"lab{i}.upgrade.yaml", SampleManifests.Lab())).ToList();
        var checks = _service.CheckAll(files, new CheckOptions(), check => check);
        Assert.Equal(files, checks.Select(c => c.File));
        Assert.All(checks, c => Assert.Equal(c.File.DisplayPath, Assert.Single(c.Diagnostics).FilePath));
        Assert.All(checks, c => Assert.Equal(("UG5001", Severity.Warning), (c.Diagnostics[0].Id, c.Diagnostics[0].Severity)));
    }

    [Fact]
    public void The_warning_policy_applies_to_every_finding()
    {
        var lab = Write("lab.upgrade.yaml", SampleManifests.Lab());
        var asErrors = _service.Check(lab, new CheckOptions { WarningPolicy = WarningPolicy.AllWarningsAsErrors });
        Assert.Equal(Severity.Error, Assert.Single(asErrors.Diagnostics).Severity);
        var noWarn = _service.Check(lab, new CheckOptions { WarningPolicy = new WarningPolicy("UG5001", null, null, treatWarningsAsErrors: true) });
        Assert.Empty(noWarn.Diagnostics);
    }

    [Fact]
    public void A_text_in_memory_is_checked_instead_of_the_file()
    {
        var file = new ManifestFile(Path.Combine(_folder, "absent.upgrade.yaml"), "absent.upgrade.yaml", isExplicit: true) { Text = "\uFEFF" + SampleManifests.Lab() };
        var check = _service.Check(file, new CheckOptions());
        Assert.Null(check.ReadFailure);
        Assert.Equal(SampleManifests.Lab(), check.Result!.Text);
        Assert.Equal("UG5001", Assert.Single(check.Diagnostics).Id);
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_a_read_failure_that_becomes_UG1001_at_its_start()
    {
        foreach (var path in new[] { Path.Combine(_folder, "missing.upgrade.yaml"), _folder })
        {
            var check = _service.Check(new ManifestFile(path, path, isExplicit: false), new CheckOptions());
            Assert.False(check.IsSkipped);
            Assert.False(check.ReadFailure!.IsNotRegularFile);
            var diagnostic = check.ReadFailure.ToDiagnostic(path);
            Assert.Equal(("UG1001", 1, 1), (diagnostic.Id, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
            Assert.StartsWith("the file cannot be read: ", diagnostic.Message);
        }
    }

    [SkippableFact]
    public void A_fifo_is_never_opened_and_is_skipped_unless_named()
    {
        var fifo = Path.Combine(_folder, "pipe.upgrade.yaml");
        Fifo.Create(fifo);
        var found = Fifo.Guard(() => _service.Check(new ManifestFile(fifo, fifo, isExplicit: false), new CheckOptions()), fifo);
        Assert.True(found.IsSkipped);
        var named = Fifo.Guard(() => _service.Check(new ManifestFile(fifo, fifo, isExplicit: true), new CheckOptions()), fifo);
        Assert.False(named.IsSkipped);
        Assert.True(named.ReadFailure!.IsNotRegularFile);
    }

    [Fact]
    public void Another_tools_file_found_by_its_name_is_skipped()
    {
        var other = Write("other.upgrade.yaml", "kind: Something\n", isExplicit: false);
        Assert.True(_service.Check(other, new CheckOptions()).IsSkipped);
        var named = new ManifestFile(other.FullPath, other.DisplayPath, isExplicit: true);
        Assert.Equal("UG1003", Assert.Single(_service.Check(named, new CheckOptions()).Diagnostics).Id);
    }
}
