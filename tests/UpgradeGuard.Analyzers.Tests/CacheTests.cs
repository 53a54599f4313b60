using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>
/// The analyzer keeps the engine's findings for the life of the compiler process: a compilation whose manifests and
/// configuration did not change does no manifest work; a changed manifest, catalog or severity is analyzed again;
/// the cache stays within its bounds. Each test has a cache of its own and counts its engine calls.
/// </summary>
public sealed class CacheTests
{
    private static readonly string Lab = SampleManifests.Lab("2026-12-01T10:00");

    private static List<Microsoft.CodeAnalysis.AdditionalText> Manifests(int count, string text) =>
        Enumerable.Range(0, count).Select(i => AnalyzerHost.Manifest($"/repo/clusters/c{i}.upgrade.yaml", text)).ToList();

    private static string[] Lines(AnalyzerHost.Result result) =>
        result.Diagnostics.Select(d => d.ToString()).OrderBy(line => line, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task A_second_compilation_with_unchanged_manifests_does_no_engine_work()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        var first = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(5, Lab));
        Assert.Equal(5, cache.EngineCalls);
        Assert.Equal(1, cache.CatalogLoads);

        // A new compilation (a .cs file touched), with new AdditionalText objects holding the same text.
        var second = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(5, Lab));
        Assert.Equal(5, cache.EngineCalls);
        Assert.Equal(1, cache.CatalogLoads);
        Assert.Equal(5, first.Diagnostics.Length);
        Assert.Equal(Lines(first), Lines(second));
    }

    [Fact]
    public async Task A_changed_manifest_alone_is_analyzed_again()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(3, Lab));
        var files = Manifests(3, Lab);
        files[1] = AnalyzerHost.Manifest(files[1].Path, SampleManifests.Lab("2026-12-05T22:00"));

        var result = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), files);

        Assert.Equal(4, cache.EngineCalls);
        // Saturday night is outside business hours: the changed file's UG5001 is gone, the others keep theirs.
        Assert.Equal(new[] { "/repo/clusters/c0.upgrade.yaml", "/repo/clusters/c2.upgrade.yaml" },
            result.Diagnostics.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task A_changed_severity_is_analyzed_again()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        var warning = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(2, Lab));
        var error = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(2, Lab),
            fileOptions: new Dictionary<string, string> { ["dotnet_analyzer_diagnostic.severity"] = "error" });

        Assert.Equal(4, cache.EngineCalls);
        Assert.All(warning.Diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Severity));
        Assert.All(error.Diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public async Task A_changed_catalog_is_loaded_again_and_its_manifests_analyzed_again()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        var manifest = AnalyzerHost.Manifest("/repo/next.upgrade.yaml", NextRelease.Manifest());
        var without = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), new[] { manifest });
        var with = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache),
            new[] { manifest, AnalyzerHost.Manifest("/repo/next.catalog.yaml", NextRelease.Catalog) });
        var again = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache),
            new[] { manifest, AnalyzerHost.Manifest("/repo/next.catalog.yaml", NextRelease.Catalog) });

        Assert.Equal(2, cache.CatalogLoads);
        Assert.Equal(2, cache.EngineCalls);
        Assert.Contains(without.Diagnostics, d => d.Id == "UG2002");
        Assert.DoesNotContain(with.Diagnostics, d => d.Id == "UG2002");
        Assert.Equal(Lines(with), Lines(again));
    }

    [Fact]
    public async Task The_cache_holds_at_most_its_entry_count_and_drops_the_least_recently_used()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 3, maxWeight: 1 << 20);
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(5, Lab));
        Assert.Equal(3, cache.Count);
        Assert.Equal(5, cache.EngineCalls);

        // Three of the five are still there; the two dropped ones go to the engine again.
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(5, Lab));
        Assert.InRange(cache.EngineCalls, 7, 10);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public async Task The_cache_holds_at_most_its_weight()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 1000, maxWeight: 2000);
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Manifests(50, Lab));
        Assert.Equal(50, cache.EngineCalls);
        Assert.InRange(cache.Weight, 1, 2000);
        Assert.InRange(cache.Count, 1, 10);
    }
}
