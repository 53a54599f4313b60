using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>
/// In a build, the package's list gives each manifest's modification time ("discovered-manifest@time@:path"): the
/// compiler process then takes the findings of a manifest whose time did not change from its cache without reading the
/// file. A new time, a new severity or a new catalog reads and checks it again; a list without times (an editor's
/// design-time build) reads every file, as edited.
/// </summary>
public sealed class StampTests
{
    private const string ListPath = "/repo/obj/Debug/net10.0/Infra.csproj.UpgradeGuard.files";
    private static readonly string Lab = SampleManifests.Lab("2026-12-01T10:00");

    private sealed class CountingText : AdditionalText
    {
        private readonly SourceText _text;
        private int _reads;

        public CountingText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }
        public int Reads => Volatile.Read(ref _reads);

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return _text;
        }
    }

    private static (List<CountingText> Manifests, List<(AdditionalText, string[])> Marked) Project(int count, string text, System.Func<int, string> stamp)
    {
        var manifests = Enumerable.Range(0, count).Select(i => new CountingText($"/repo/clusters/c{i}.upgrade.yaml", text)).ToList();
        var list = string.Join("\n", manifests.Select((m, i) => stamp(i) is { } time ? $"discovered-manifest@{time}@:{m.Path}" : $"discovered-manifest:{m.Path}"));
        var marked = manifests.Select(m => ((AdditionalText)m, System.Array.Empty<string>())).ToList();
        marked.Add((AnalyzerHost.Manifest(ListPath, list + "\n"), new[] { "file-list" }));
        return (manifests, marked);
    }

    private static string[] Lines(AnalyzerHost.Result result) =>
        result.Diagnostics.Select(d => d.ToString()).OrderBy(line => line, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task A_manifest_whose_time_did_not_change_is_not_read_again()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        var first = Project(3, Lab, _ => "2026-12-01 10:00:00.0000000");
        var firstResult = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), first.Marked);
        Assert.All(first.Manifests, m => Assert.Equal(1, m.Reads));

        var second = Project(3, Lab, _ => "2026-12-01 10:00:00.0000000");
        var secondResult = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), second.Marked);

        Assert.All(second.Manifests, m => Assert.Equal(0, m.Reads));
        Assert.Equal(3, cache.EngineCalls);
        Assert.Equal(3, firstResult.Diagnostics.Length);
        Assert.Equal(Lines(firstResult), Lines(secondResult));
    }

    [Fact]
    public async Task A_new_time_reads_the_file_again_and_reports_its_new_findings()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Project(2, Lab, _ => "2026-12-01 10:00:00.0000000").Marked);

        // The second file is saved with a Saturday-night start: a new time, a new text, no UG5001.
        var saturday = SampleManifests.Lab("2026-12-05T22:00");
        var manifests = new[] { new CountingText("/repo/clusters/c0.upgrade.yaml", Lab), new CountingText("/repo/clusters/c1.upgrade.yaml", saturday) };
        var list = $"discovered-manifest@2026-12-01 10:00:00.0000000@:{manifests[0].Path}\ndiscovered-manifest@2026-12-01 10:05:00.0000000@:{manifests[1].Path}\n";
        var result = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache),
            manifests.Select(m => ((AdditionalText)m, System.Array.Empty<string>())).Append((AnalyzerHost.Manifest(ListPath, list), new[] { "file-list" })));

        Assert.Equal(0, manifests[0].Reads);
        Assert.Equal(1, manifests[1].Reads);
        Assert.Equal(3, cache.EngineCalls);
        Assert.Equal(new[] { "/repo/clusters/c0.upgrade.yaml" }, result.Diagnostics.Select(d => d.Location.GetLineSpan().Path).ToArray());
    }

    [Fact]
    public async Task A_list_without_times_reads_every_file_as_an_editor_has_it()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Project(2, Lab, _ => null!).Marked);
        var again = Project(2, Lab, _ => null!);
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), again.Marked);

        Assert.All(again.Manifests, m => Assert.Equal(1, m.Reads));
        // Read again, but the same text: the content cache still saves the engine's work.
        Assert.Equal(2, cache.EngineCalls);
    }

    [Fact]
    public async Task The_same_time_under_another_severity_is_checked_again()
    {
        var cache = new ManifestAnalysisCache(maxEntries: 100, maxWeight: 1 << 20);
        await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), Project(1, Lab, _ => "2026-12-01 10:00:00.0000000").Marked);
        var suppressed = Project(1, Lab, _ => "2026-12-01 10:00:00.0000000");
        suppressed.Marked[1] = (suppressed.Marked[1].Item1, new[] { "file-list" });
        var withEditorConfig = suppressed.Marked
            .Append((AnalyzerHost.Manifest("/repo/.editorconfig", "root = true\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = none\n"), System.Array.Empty<string>()))
            .ToList();
        // The .editorconfig is named in the list, as the targets name it.
        var list = $"discovered-manifest@2026-12-01 10:00:00.0000000@:/repo/clusters/c0.upgrade.yaml\neditorconfig:/repo/.editorconfig\n";
        withEditorConfig[1] = (AnalyzerHost.Manifest(ListPath, list), new[] { "file-list" });

        var result = await AnalyzerHost.RunAsync(new UpgradeManifestAnalyzer(cache), withEditorConfig);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, suppressed.Manifests[0].Reads);
    }
}
