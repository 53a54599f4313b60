using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using UpgradeGuard.Core;
using YamlDotNet.RepresentationModel;

namespace UpgradeGuard.Benchmarks;

/// <summary>
/// The engine on one manifest (<see cref="UpgradeGuardEngine.Analyze(string, string, AnalysisOptions)"/>: parse,
/// bind, plan, every rule, sort) against the bare YamlDotNet representation-model parse of the same text.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EngineBenchmarks
{
    /// <summary>A small clean plan (about the spec's size without the comments).</summary>
    public const string Small = @"apiVersion: upgradeguard/v1
kind: UpgradePlan
metadata:
  name: staging-emea
cluster:
  nodes: 2
  version: 5.4.4
  addresses: [10.12.90.11, 10.12.90.12]
database:
  type: embedded
schedule:
  start: 2026-11-28T21:00
  timeZone: Europe/Brussels
  window: 2h
upgrade:
  to: 5.6.0
  steps:
    - snapshot: all
    - upgrade: 5.5.1
      timeout: 45m
      onTimeout: alert
    - snapshot: all
    - upgrade: 5.6.0
";

    private static readonly Dictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["small"] = Small,
        // A 200-line in-place plan with an external SQL Server, four hops and runbook comments.
        ["in-place-200-lines"] = ManifestGenerator.Generate(PlanProfile.InPlaceExternal, 200, 0, seed: 7).Text,
        // A side-by-side plan of about 90 lines.
        ["side-by-side"] = ManifestGenerator.Generate(PlanProfile.SideBySide, 90, 0, seed: 11).Text,
    };

    private readonly UpgradeGuardEngine _engine = new UpgradeGuardEngine();
    private readonly AnalysisOptions _options = new AnalysisOptions { IsExplicit = false };
    private string _text = "";

    [Params("small", "in-place-200-lines", "side-by-side")]
    public string Manifest { get; set; } = "small";

    public static IEnumerable<string> Names => Texts.Keys;

    public static string TextOf(string name) => Texts[name];

    [GlobalSetup]
    public void Setup() => _text = Texts[Manifest];

    [Benchmark(Baseline = true, Description = "YamlStream.Load")]
    public YamlStream YamlStreamLoad()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_text));
        return stream;
    }

    [Benchmark(Description = "Engine.Analyze")]
    public AnalysisResult EngineAnalyze() => _engine.Analyze("bench.upgrade.yaml", _text, _options);
}
