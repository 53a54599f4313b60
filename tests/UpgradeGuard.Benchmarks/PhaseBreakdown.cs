using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Text;
using YamlDotNet.RepresentationModel;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Benchmarks;

/// <summary>
/// Where the engine's time goes: runs the phases of <see cref="UpgradeGuardEngine.Analyze(string, byte[], AnalysisOptions)"/>
/// one by one (through the Core's public API, in the engine's order) over every manifest of a folder, timing each
/// with a stopwatch, next to the bare YamlStream parse of the same text and the real engine call as a cross-check.
/// In-process and sequential: startup and JIT are reported separately (first pass) from the steady state.
/// </summary>
public static class PhaseBreakdown
{
    public static int Run(string root, int repeat)
    {
        var startup = Stopwatch.StartNew();
        var engine = new UpgradeGuardEngine();
        var catalogs = engine.Catalogs;
        startup.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine construction (built-in catalog load): {startup.Elapsed.TotalMilliseconds:F1} ms"));

        var discover = Stopwatch.StartNew();
        var files = BareParse.Discover(root);
        discover.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"discovery: {files.Count} files in {discover.Elapsed.TotalMilliseconds:F1} ms"));

        for (int pass = 0; pass <= repeat; pass++)
        {
            var t = new Dictionary<string, long>(StringComparer.Ordinal);
            var order = new List<string>();
            void Add(string name, long ticks)
            {
                if (!t.ContainsKey(name)) { t[name] = 0; order.Add(name); }
                t[name] += ticks;
            }

            long findings = 0, gen0Before = GC.CollectionCount(0), allocBefore = GC.GetTotalAllocatedBytes(true);
            var total = Stopwatch.StartNew();
            var sw = new Stopwatch();
            foreach (var path in files)
            {
                sw.Restart();
                var bytes = File.ReadAllBytes(path);
                Add("read bytes (File.ReadAllBytes)", sw.ElapsedTicks);

                sw.Restart();
                var text = ManifestSource.Decode(bytes, out _)!;
                Add("decode UTF-8 (ManifestSource.Decode)", sw.ElapsedTicks);

                sw.Restart();
                bool printable = ManifestSource.FirstNonPrintable(text) < 0;
                Add("control characters (ManifestSource.FirstNonPrintable)", sw.ElapsedTicks);
                if (!printable) continue;

                sw.Restart();
                new YamlStream().Load(new StringReader(text));
                Add("[bare] YamlStream.Load (for comparison)", sw.ElapsedTicks);

                sw.Restart();
                var document = YamlTreeReader.Read(text);
                Add("YAML tree (YamlTreeReader.Read)", sw.ElapsedTicks);

                if (!document.IsValid) continue;
                sw.Restart();
                var suppressions = Suppressions.Read(text, document.Root);
                Add("suppression comments (Suppressions.Read)", sw.ElapsedTicks);

                if (document.Root is not YamlMapping rootMap) continue;
                var sink = new FindingSink();
                sw.Restart();
                var binder = new ManifestBinder(sink, CatalogLoader.BuiltIn.EngineIds);
                var manifest = binder.Bind(rootMap);
                if (!ManifestKind.IsUpgradePlan(manifest)) continue;
                binder.BindBody(manifest);
                Add("bind (ManifestBinder)", sw.ElapsedTicks);

                sw.Restart();
                var product = manifest.Product is { IsValid: true } named ? catalogs.Find(named.Value) : manifest.Product is null ? catalogs.Default : null;
                var plan = product is null ? null : UpgradePlan.Build(manifest, product);
                var context = new RuleContext(manifest, catalogs, product, plan, sink);
                Add("plan (UpgradePlan.Build)", sw.ElapsedTicks);

                foreach (var rule in RuleRegistry.All)
                {
                    sw.Restart();
                    rule.Check(context);
                    Add("rule " + rule.Definition.Id, sw.ElapsedTicks);
                }

                sw.Restart();
                var diagnostics = sink.ToDiagnostics(path, SeverityConfiguration.Default, suppressions, text);
                findings += diagnostics.Count;
                Add("finish (line map, severities, suppressions, sort)", sw.ElapsedTicks);

                sw.Restart();
                engine.Analyze(path, bytes, new AnalysisOptions { IsExplicit = false });
                Add("[check] UpgradeGuardEngine.Analyze(bytes), whole", sw.ElapsedTicks);
            }
            total.Stop();
            long alloc = GC.GetTotalAllocatedBytes(true) - allocBefore;

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}{(pass == 0 ? " (cold: includes JIT)" : "")}: {files.Count} files, {findings} diagnostics, {total.Elapsed.TotalMilliseconds:F0} ms in all, {alloc / 1048576.0:F0} MB allocated, {GC.CollectionCount(0) - gen0Before} gen0 GCs"));
            double enginePhases = order.Where(n => !n.StartsWith('[')).Sum(n => t[n]);
            double rules = order.Where(n => n.StartsWith("rule ", StringComparison.Ordinal)).Sum(n => t[n]);
            Console.WriteLine("| phase | total ms | µs/file | % of engine phases |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var name in order.Where(n => !n.StartsWith("rule ", StringComparison.Ordinal)))
            {
                Row(name, t[name], files.Count, enginePhases);
            }
            Row("all rules (" + order.Count(n => n.StartsWith("rule ", StringComparison.Ordinal)) + ")", (long)rules, files.Count, enginePhases);
            Row("sum of engine phases", (long)enginePhases, files.Count, enginePhases);
            Console.WriteLine();
            Console.WriteLine("slowest rules:");
            foreach (var name in order.Where(n => n.StartsWith("rule ", StringComparison.Ordinal)).OrderByDescending(n => t[n]).Take(8))
            {
                Row(name, t[name], files.Count, enginePhases);
            }
        }
        return 0;
    }

    private static void Row(string name, long ticks, int files, double all)
    {
        double ms = ticks * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {ms:F1} | {ms * 1000 / Math.Max(1, files):F1} | {(name.StartsWith('[') ? "-" : (100.0 * ticks / all).ToString("F1", CultureInfo.InvariantCulture))} |"));
    }
}
