using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Utilities;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>
/// The task keeps each manifest's findings under obj/ between builds: a build where one manifest changed checks that
/// one and reports the others from the cache, word for word what a full check reports. A changed configuration file
/// drops the whole cache; a cache that cannot be read is no cache; a file that could not be read is never kept.
/// </summary>
public sealed class FindingsCacheTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CacheFile => _folder.Combine("obj/Infra.proj.UpgradeGuard.cache");

    private string[] Manifests()
    {
        var amsterdam = File.ReadAllText(TaskSamples.Amsterdam);
        return Enumerable.Range(0, 5).Select(i => _folder.Write($"clusters/c{i}/amsterdam.upgrade.yaml", amsterdam)).ToArray();
    }

    private TaskRun Run(string[] manifests, string? cacheFile, params string[] configurationFiles)
    {
        var engine = new OrderedBuildEngine();
        var task = new ValidateUpgradeManifests
        {
            BuildEngine = engine,
            Manifests = manifests.Select(TaskHarness.Discovered).ToArray(),
            ConfigurationFiles = TaskHarness.Items(configurationFiles),
            FindingsCacheFile = cacheFile,
        };
        return new TaskRun(task, engine, task.Execute());
    }

    private static void Touch(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
    }

    [Fact]
    public void A_second_run_checks_nothing_and_reports_the_same_findings()
    {
        var manifests = Manifests();
        var first = Run(manifests, CacheFile);
        var second = Run(manifests, CacheFile);

        Assert.Equal(5, first.Task.CheckedCount);
        Assert.Equal(0, second.Task.CheckedCount);
        Assert.Equal(10, first.Errors.Count());
        Assert.Equal(first.Logged, second.Logged);
        Assert.Equal(first.Task.ManifestCount, second.Task.ManifestCount);
        Assert.False(second.Result);
    }

    [Fact]
    public void A_changed_manifest_alone_is_checked_and_its_new_findings_reported()
    {
        var manifests = Manifests();
        Run(manifests, CacheFile);
        // A line added at the top of the second manifest: its findings move one line down, the others' stay.
        Touch(manifests[1], "# edited\n" + File.ReadAllText(manifests[1]));
        var full = Run(manifests, cacheFile: null);

        var cached = Run(manifests, CacheFile);

        Assert.Equal(1, cached.Task.CheckedCount);
        Assert.Equal(new[] { "UG4001@20:7 error", "UG2001@20:16 error" }, cached.Short().Where((_, i) => cached.Logged[i].File == manifests[1]));
        Assert.Equal(full.Logged, cached.Logged);
    }

    [Fact]
    public void A_changed_configuration_file_checks_every_manifest_again()
    {
        var manifests = Manifests();
        var editorConfig = _folder.Write(".editorconfig", "root = true\n");
        Run(manifests, CacheFile, editorConfig);
        File.WriteAllText(editorConfig, "root = true\n[*.upgrade.yaml]\ndotnet_diagnostic.UG4001.severity = warning\n");

        var again = Run(manifests, CacheFile, editorConfig);

        Assert.Equal(5, again.Task.CheckedCount);
        Assert.Equal(5, again.Warnings.Count(l => l.Code == "UG4001"));
    }

    [Theory]
    [InlineData("not a cache\n")]
    [InlineData("upgradeguard-task-findings 1\ncontext x\n")]
    [InlineData("")]
    public void A_cache_that_cannot_be_used_is_no_cache(string text)
    {
        var manifests = Manifests();
        var full = Run(manifests, cacheFile: null);
        Run(manifests, CacheFile);
        // Whatever is in the file, the task checks in full and reports as a full check does.
        var lines = File.ReadAllLines(CacheFile);
        File.WriteAllText(CacheFile, text.Length == 0 ? string.Join("\n", lines.Take(lines.Length - 1).Append("finding\tUG9999")) : text);

        var run = Run(manifests, CacheFile);

        Assert.Equal(5, run.Task.CheckedCount);
        Assert.Equal(full.Logged, run.Logged);
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_checked_again()
    {
        var manifests = Manifests();
        var missing = _folder.Combine("clusters/missing.upgrade.yaml");
        var named = manifests.Select(TaskHarness.Discovered).Append(TaskHarness.Named(missing)).ToArray();
        var engine = new OrderedBuildEngine();
        var task = new ValidateUpgradeManifests { BuildEngine = engine, Manifests = named, FindingsCacheFile = CacheFile };
        task.Execute();
        File.WriteAllText(missing, File.ReadAllText(TaskSamples.Amsterdam));

        var again = new ValidateUpgradeManifests { BuildEngine = new OrderedBuildEngine(), Manifests = named, FindingsCacheFile = CacheFile };
        again.Execute();

        Assert.Equal(1, again.CheckedCount);
        Assert.Equal(2, again.ErrorCount - 10);
    }
}
