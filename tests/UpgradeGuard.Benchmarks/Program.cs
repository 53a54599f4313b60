using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace UpgradeGuard.Benchmarks;

public static class Program
{
    private const string Usage = @"UpgradeGuard.Benchmarks

  gen N DIR [--seed S]     write N generated manifests into DIR/cluster-XXXX/*.upgrade.yaml (default seed 42)
  bare DIR                 read + YamlStream.Load every *.upgrade.yaml under DIR, sequentially; prints the count
  bare-parallel DIR        the same with Parallel.ForEach
  engine DIR [--parallel] [--keep-results] [--stats]
                           what `check DIR --format json` does, from the Core only: discover, read, analyze, sort,
                           write JSON to nowhere; --keep-results keeps every AnalysisResult (tree, manifest, plan)
                           alive to the end (as the CLI did before 6fd69a1); --stats prints GC/JIT figures to stderr
  bare/bare-parallel ... --stats
                           the same runtime figures for the baseline
  breakdown DIR [--repeat R]
                           stopwatch breakdown of the engine's phases (read, decode, YAML tree, suppressions,
                           binding, plan, each rule, finish) over every file, sequentially, in-process
  stats DIR [--verbose]    run the engine over DIR and count the diagnostics per rule (checks the corpus mix)
  discovery DIR [--passes P]
                           time finding the files: one recursive EnumerateFiles against a CLI-style walk
                           (two listings and a link-target read per folder, sort, two config probes per folder)
  samples DIR              write the three manifests of the micro-benchmarks into DIR
  lsp DLL [--edits N]      start `dotnet DLL lsp` (DLL: upgrade-guard.dll), open a 200-line manifest, make N edits
                           (default 10000) one after another; print didChange -> publishDiagnostics latency
                           percentiles and the server's resident memory after 100, 1000, 2000, ... edits
  lsp-memory [--edits N]   the same session against a server in this process; prints the managed heap after a
                           full GC at the same checkpoints (what the server retains)
  bdn [BenchmarkDotNet args, e.g. --filter '*']
                           engine micro-benchmarks (BenchmarkDotNet)";

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        try
        {
            switch (args[0])
            {
                case "gen":
                    return Gen(args);
                case "bare":
                case "bare-parallel":
                {
                    RequireArgs(args, 2);
                    var wall = Stopwatch.StartNew();
                    int files = args[0] == "bare" ? BareParse.Sequential(args[1]) : BareParse.Parallel(args[1]);
                    Console.WriteLine(files.ToString(CultureInfo.InvariantCulture));
                    if (args.Contains("--stats")) RuntimeStats.Print(args[0], wall.Elapsed);
                    return 0;
                }
                case "lsp":
                {
                    RequireArgs(args, 2);
                    int editsAt = Array.IndexOf(args, "--edits");
                    return LspLatency.Run(args[1], editsAt > 0 ? int.Parse(args[editsAt + 1], CultureInfo.InvariantCulture) : 10_000);
                }
                case "lsp-memory":
                {
                    int editsAt = Array.IndexOf(args, "--edits");
                    return LspLatency.RunInProcess(editsAt > 0 ? int.Parse(args[editsAt + 1], CultureInfo.InvariantCulture) : 10_000);
                }
                case "engine":
                    RequireArgs(args, 2);
                    return EngineRun.Run(args[1], args.Contains("--parallel"), args.Contains("--keep-results"), args.Contains("--stats"));
                case "breakdown":
                    RequireArgs(args, 2);
                    return PhaseBreakdown.Run(args[1], IntOption(args, "--repeat", 1));
                case "stats":
                    RequireArgs(args, 2);
                    return CorpusStats.Run(args[1], args.Contains("--verbose"));
                case "discovery":
                    RequireArgs(args, 2);
                    return DiscoveryCost.Run(args[1], IntOption(args, "--passes", 3));
                case "samples":
                    RequireArgs(args, 2);
                    Directory.CreateDirectory(args[1]);
                    foreach (var name in EngineBenchmarks.Names)
                    {
                        var text = EngineBenchmarks.TextOf(name);
                        File.WriteAllText(Path.Combine(args[1], name + ".upgrade.yaml"), text);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}.upgrade.yaml: {text.Count(c => c == '\n')} lines, {text.Length} characters"));
                    }
                    return 0;
                case "bdn":
                    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(BdnArgs(args.Skip(1).ToArray()));
                    return 0;
                case "-h":
                case "--help":
                case "help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"unknown command '{args[0]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int Gen(string[] args)
    {
        RequireArgs(args, 3);
        if (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
        {
            throw new UsageException($"gen: N must be a positive integer, not '{args[1]}'");
        }
        ulong seed = (ulong)IntOption(args, "--seed", 42);
        var sw = Stopwatch.StartNew();
        var (files, bytes, lines, byKind) = ManifestGenerator.WriteTree(args[2], count, seed);
        sw.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {files} manifests, {bytes / 1048576.0:F1} MB, {lines} lines ({(double)lines / files:F0} per file) into {Path.GetFullPath(args[2])} (seed {seed}) in {sw.Elapsed.TotalSeconds:F1}s"));
        foreach (var kv in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kv.Key,-28} {kv.Value,6}"));
        }
        return 0;
    }

    /// <summary>Keeps BenchmarkDotNet's output in the project folder (not the current directory) unless told otherwise.</summary>
    private static string[] BdnArgs(string[] args)
    {
        if (args.Contains("--artifacts")) return args;
        // bin/Release/net10.0/ -> the project folder.
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        if (!File.Exists(Path.Combine(project, "UpgradeGuard.Benchmarks.csproj"))) return args;
        return args.Concat(new[] { "--artifacts", Path.Combine(project, "BenchmarkDotNet.Artifacts") }).ToArray();
    }

    private static void RequireArgs(string[] args, int n)
    {
        if (args.Length < n) throw new UsageException($"{args[0]}: missing arguments");
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        if (at < 0) return fallback;
        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw new UsageException($"{name} needs a non-negative integer");
        }
        return value;
    }

    private sealed class UsageException : Exception
    {
        public UsageException(string message) : base(message) { }
    }
}
