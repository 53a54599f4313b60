using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Text.Json;
using System.Threading.Tasks;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Benchmarks;

/// <summary>
/// A stand-in for <c>upgrade-guard check DIR --format json --output /dev/null</c> built from the Core only, with
/// switches for the choices that matter to its cost (sequential or parallel; whether every AnalysisResult, with its
/// YAML tree, manifest and plan, is kept until the end or only its diagnostics), so their effect can be measured
/// without touching the CLI. Prints the file and diagnostic counts, and with <c>--stats</c> the runtime's own
/// figures (GC pause, collections, JIT time, allocations) to standard error.
/// </summary>
public static class EngineRun
{
    public static int Run(string root, bool parallel, bool keepResults, bool stats)
    {
        var wall = Stopwatch.StartNew();
        var engine = new UpgradeGuardEngine();
        var files = BareParse.Discover(root);
        files.Sort(StringComparer.Ordinal);
        var kept = new AnalysisResult?[files.Count];
        var diagnosticsByFile = new IReadOnlyList<Diagnostic>?[files.Count];

        void Check(int i)
        {
            var bytes = File.ReadAllBytes(files[i]);
            var result = engine.Analyze(files[i], bytes, new AnalysisOptions { IsExplicit = false });
            if (keepResults) kept[i] = result;
            diagnosticsByFile[i] = result.Diagnostics;
        }

        if (parallel)
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Check);
        }
        else
        {
            for (int i = 0; i < files.Count; i++) Check(i);
        }

        var all = new List<Diagnostic>();
        foreach (var list in diagnosticsByFile) if (list != null) all.AddRange(list);
        all.Sort(DiagnosticOrder.Instance);
        using (var json = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in all)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Rule.Id);
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", d.Message);
                json.WriteString("file", d.FilePath);
                json.WriteNumber("line", d.Span.StartLine);
                json.WriteNumber("column", d.Span.StartColumn);
                json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteNumber("endColumn", d.Span.EndColumn);
                json.WriteString("helpUri", d.Rule.HelpUri);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        wall.Stop();
        GC.KeepAlive(kept);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {all.Count} diagnostics"));
        if (stats) RuntimeStats.Print($"engine {(parallel ? "parallel" : "sequential")}{(keepResults ? " keep-results" : "")}", wall.Elapsed);
        return 0;
    }
}

/// <summary>The runtime's figures for this process so far, to standard error.</summary>
public static class RuntimeStats
{
    public static void Print(string what, TimeSpan wall)
    {
        using var self = Process.GetCurrentProcess();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: in Main {wall.TotalMilliseconds:F0} ms; CPU {self.TotalProcessorTime.TotalMilliseconds:F0} ms; " +
            $"GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB, peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MB; " +
            $"JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount()} methods; " +
            $"GC mode {(GCSettings.IsServerGC ? "server" : "workstation")}{(GCSettings.LatencyMode == GCLatencyMode.Batch ? " non-concurrent" : "")}"));
    }
}
