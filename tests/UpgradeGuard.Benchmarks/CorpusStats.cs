using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Benchmarks;

/// <summary>What the engine finds in a generated corpus: files with no finding, and findings per rule.</summary>
public static class CorpusStats
{
    public static int Run(string root, bool verbose)
    {
        var engine = new UpgradeGuardEngine();
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int files = 0, clean = 0, manifests = 0;
        long bytes = 0, lines = 0;
        foreach (var path in BareParse.Discover(root).OrderBy(p => p, StringComparer.Ordinal))
        {
            var data = File.ReadAllBytes(path);
            bytes += data.Length;
            lines += data.Count(b => b == (byte)'\n');
            var result = engine.Analyze(path, data, new AnalysisOptions { IsExplicit = false });
            files++;
            if (result.IsManifest) manifests++;
            if (result.Diagnostics.Count == 0) clean++;
            foreach (var d in result.Diagnostics)
            {
                var key = d.Rule.Id + " " + d.Severity;
                byRule[key] = byRule.TryGetValue(key, out var n) ? n + 1 : 1;
                if (verbose) Console.WriteLine($"{path}:{d.Span.StartLine}:{d.Span.StartColumn}: {d.Rule.Id} {d.Message}");
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files} files ({manifests} manifests), {bytes / 1048576.0:F1} MB, {lines} lines ({(double)lines / Math.Max(1, files):F0} per file, {(double)bytes / Math.Max(1, files) / 1024:F1} KB per file); {clean} without any diagnostic"));
        foreach (var kv in byRule) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kv.Key,-24} {kv.Value,7}"));
        return 0;
    }
}
