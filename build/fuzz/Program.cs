using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Core;
using UpgradeGuard.Tests.Fuzzing;

namespace UpgradeGuard.Fuzz;

/// <summary>
/// The fuzzing campaign: case i of a fixed seed is a corpus manifest with 1-6 mutations (tests/Shared/Fuzzing), checked
/// as check, fix and plan use the engine (<see cref="FuzzOracle"/>). Resumable: progress is saved every block in
/// OUT/state.json and a second run with the same seed continues from there; shards are ranges (--start, --count).
/// Findings are counted by cause and the first inputs of each cause are saved under OUT/findings/.
/// </summary>
public static class Program
{
    private const int Block = 2_000;
    private const int SavedPerCause = 20;
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(30);

    public static int Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: run.sh [--seed N] [--start N] [--count N] [--workers N] [--out DIR] | run.sh --replay FILE-OR-FOLDER");
            return 2;
        }
        if (options.Replay != null) return Replay(options.Replay);
        Directory.CreateDirectory(options.Out);
        var corpus = FuzzCorpus.Load(options.Root);
        var engine = new UpgradeGuardEngine();
        var statePath = Path.Combine(options.Out, "state.json");
        var state = File.Exists(statePath) ? JsonSerializer.Deserialize<CampaignState>(File.ReadAllText(statePath))! : null;
        if (state == null || state.Seed != options.Seed || state.Start != options.Start)
        {
            state = new CampaignState { Seed = options.Seed, Start = options.Start, Next = options.Start, CorpusFiles = corpus.Files.Count };
        }
        long end = options.Start + options.Count;
        Console.WriteLine($"fuzzing cases {state.Next:N0}..{end:N0} of seed {options.Seed} over {corpus.Files.Count} corpus files with {options.Workers} worker(s); results in {options.Out}");

        var running = new ConcurrentDictionary<int, (long Index, long StartedAt)>();
        var hangsReported = new ConcurrentDictionary<long, bool>();
        using var watchdog = new Timer(_ =>
        {
            foreach (var (worker, (index, startedAt)) in running)
            {
                if (Stopwatch.GetElapsedTime(startedAt) < HangAfter || !hangsReported.TryAdd(index, true)) continue;
                Console.Error.WriteLine($"case {index} has run for more than {HangAfter.TotalSeconds} s (worker {worker})");
                lock (state) Record(state, options, corpus, index, new FuzzFinding("hang (over 30 s)", "still running"), null);
            }
        }, null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        var clock = Stopwatch.StartNew();
        double elapsedBefore = state.Seconds;
        while (state.Next < end)
        {
            long blockStart = state.Next, blockEnd = Math.Min(end, blockStart + Block);
            Parallel.For(blockStart, blockEnd, new ParallelOptions { MaxDegreeOfParallelism = options.Workers }, index =>
            {
                var c = corpus.Fixed(options.Seed, index);
                byte[] bytes = corpus.Bytes(c);
                running[Environment.CurrentManagedThreadId] = (index, Stopwatch.GetTimestamp());
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                long started = Stopwatch.GetTimestamp();
                var findings = FuzzOracle.Check(engine, bytes);
                double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                running.TryRemove(Environment.CurrentManagedThreadId, out _);
                lock (state)
                {
                    state.Tried++;
                    state.Bytes += bytes.Length;
                    foreach (var m in c.Mutations) state.Mutations[m.Kind.ToString()] = state.Mutations.GetValueOrDefault(m.Kind.ToString()) + 1;
                    state.Forms[c.Form.ToString()] = state.Forms.GetValueOrDefault(c.Form.ToString()) + 1;
                    if (ms > state.WorstMilliseconds) (state.WorstMilliseconds, state.WorstTimeCase, state.WorstTimeBytes) = (ms, index, bytes.Length);
                    if (allocated > state.WorstAllocatedBytes) (state.WorstAllocatedBytes, state.WorstAllocationCase, state.WorstAllocationBytes) = (allocated, index, bytes.Length);
                    if (findings.Count > 0) state.CasesWithFindings++;
                }
                foreach (var finding in findings)
                {
                    string? stack = finding.Kind.StartsWith("UG0001", StringComparison.Ordinal) ? StackOfInternalError(engine, bytes, finding) : null;
                    lock (state) Record(state, options, corpus, index, finding, stack);
                }
            });
            state.Next = blockEnd;
            state.Seconds = elapsedBefore + clock.Elapsed.TotalSeconds;
            state.PeakWorkingSetBytes = Math.Max(state.PeakWorkingSetBytes, Process.GetCurrentProcess().PeakWorkingSet64);
            lock (state) Save(state, statePath, options);
            if (state.Next % 20_000 == 0 || state.Next == end)
            {
                Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {state.Tried:N0} tried (next {state.Next:N0}), {state.Causes.Values.Sum(c => c.Count):N0} findings in {state.Causes.Count} causes, worst {state.WorstMilliseconds:F0} ms, {state.Tried / Math.Max(1, state.Seconds):F0}/s");
            }
        }
        Console.WriteLine(File.ReadAllText(Path.Combine(options.Out, "summary.md")));
        return state.Causes.Count == 0 ? 0 : 1;
    }

    /// <summary>Checks saved inputs again (a file or a folder of *.upgrade.yaml), e.g. after a fix.</summary>
    private static int Replay(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.upgrade.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray() : new[] { path };
        var engine = new UpgradeGuardEngine();
        int failing = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var findings = FuzzOracle.Check(engine, bytes);
            if (findings.Count > 0) failing++;
            Console.WriteLine($"{file}: {(findings.Count == 0 ? "ok" : string.Join("\n  ", findings.Select(f => f.Kind + ": " + f.Detail.Split('\n')[0])))}");
            foreach (var f in findings.Where(f => f.Kind.StartsWith("UG0001", StringComparison.Ordinal))) Console.WriteLine(StackOfInternalError(engine, bytes, f));
        }
        Console.WriteLine($"{files.Length} file(s), {failing} with findings");
        return failing == 0 ? 0 : 1;
    }

    private static void Record(CampaignState state, Options options, FuzzCorpus corpus, long index, FuzzFinding finding, string? stack)
    {
        var cause = Cause(finding, stack);
        if (!state.Causes.TryGetValue(cause, out var entry)) state.Causes[cause] = entry = new CauseEntry { Kind = finding.Kind, Example = finding.Detail, Stack = stack ?? "" };
        entry.Count++;
        if (entry.Saved.Count >= SavedPerCause) return;
        entry.Saved.Add(index);
        var folder = Path.Combine(options.Out, "findings", Slug(cause));
        Directory.CreateDirectory(folder);
        var c = corpus.Fixed(options.Seed, index);
        File.WriteAllBytes(Path.Combine(folder, $"{index}.upgrade.yaml"), corpus.Bytes(c));
        File.WriteAllText(Path.Combine(folder, $"{index}.txt"),
            $"case {index} of seed {options.Seed}: {corpus.Files[c.File].Name}, {c}\n{finding.Kind}\n{finding.Detail}\n{stack}\n");
    }

    /// <summary>What tells two findings apart: the kind, the message with its numbers and quoted words masked, and the frame that threw.</summary>
    private static string Cause(FuzzFinding finding, string? stack)
    {
        var detail = finding.Detail;
        var firstLine = detail.Split('\n')[0];
        var message = Regex.Replace(Regex.Replace(firstLine, "'[^']*'|\"[^\"]*\"", "'…'"), @"\d+", "N");
        if (message.Length > 160) message = message.Substring(0, 160);
        var frame = (stack ?? detail).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at UpgradeGuard.", StringComparison.Ordinal) || l.StartsWith("at YamlDotNet.", StringComparison.Ordinal));
        if (frame != null) frame = Regex.Replace(frame, @" in .*$", "");
        var kind = finding.Kind;
        return frame is null ? $"{kind} | {message}" : $"{kind} | {message} | {frame}";
    }

    private static readonly object StackLock = new object();

    /// <summary>
    /// The engine turns an exception into UG0001 and keeps no stack, so the case runs once more with a first-chance
    /// handler that takes the stack where the exception of that message was thrown.
    /// </summary>
    private static string? StackOfInternalError(UpgradeGuardEngine engine, byte[] bytes, FuzzFinding finding)
    {
        lock (StackLock)
        {
            int thread = Environment.CurrentManagedThreadId;
            string? found = null;
            void Handler(object? sender, FirstChanceExceptionEventArgs e)
            {
                if (found != null || Environment.CurrentManagedThreadId != thread) return;
                if (!finding.Detail.Contains($"({e.Exception.GetType().Name}: {e.Exception.Message})", StringComparison.Ordinal)) return;
                found = $"{e.Exception.GetType().FullName}: {e.Exception.Message}\n" + string.Join("\n",
                    Environment.StackTrace.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains("UpgradeGuard.", StringComparison.Ordinal) || l.Contains("YamlDotNet", StringComparison.Ordinal) || l.Contains("System.", StringComparison.Ordinal))
                        .SkipWhile(l => l.Contains("Environment.", StringComparison.Ordinal) || l.Contains("Program.<", StringComparison.Ordinal) || l.Contains("Program.Handler", StringComparison.Ordinal) || l.Contains("StackOfInternalError", StringComparison.Ordinal))
                        .Take(25));
            }
            AppDomain.CurrentDomain.FirstChanceException += Handler;
            try
            {
                FuzzOracle.Check(engine, bytes);
            }
            finally
            {
                AppDomain.CurrentDomain.FirstChanceException -= Handler;
            }
            return found;
        }
    }

    private static string Slug(string cause)
    {
        var slug = Regex.Replace(cause.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        if (slug.Length > 60) slug = slug.Substring(0, 60);
        return slug + "-" + ((uint)cause.Aggregate(17, (h, ch) => unchecked(h * 31 + ch))).ToString("x8", CultureInfo.InvariantCulture);
    }

    private static void Save(CampaignState state, string statePath, Options options)
    {
        var temp = statePath + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(state, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, statePath, overwrite: true);
        File.WriteAllText(Path.Combine(options.Out, "summary.md"), Summary(state));
    }

    private static string Summary(CampaignState s)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"- seed {s.Seed}, cases {s.Start:N0} to {s.Next - 1:N0}: {s.Tried:N0} manifests tried ({s.Bytes / 1024.0 / 1024.0:F0} MiB), built from {s.CorpusFiles} corpus files");
        sb.AppendLine(inv, $"- time: {TimeSpan.FromSeconds(s.Seconds):hh\\:mm\\:ss} ({s.Tried / Math.Max(1, s.Seconds):F0} manifests/s)");
        sb.AppendLine(inv, $"- worst time for one file (check + fix twice + plan): {s.WorstMilliseconds:F0} ms, case {s.WorstTimeCase} ({s.WorstTimeBytes:N0} bytes)");
        sb.AppendLine(inv, $"- most memory allocated for one file: {s.WorstAllocatedBytes / 1024.0 / 1024.0:F1} MiB, case {s.WorstAllocationCase} ({s.WorstAllocationBytes:N0} bytes); peak working set of the process {s.PeakWorkingSetBytes / 1024.0 / 1024.0:F0} MiB");
        sb.AppendLine(inv, $"- cases with a finding: {s.CasesWithFindings:N0}");
        sb.AppendLine(inv, $"- mutations applied: {string.Join(", ", s.Mutations.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}"))}");
        sb.AppendLine(inv, $"- byte forms: {string.Join(", ", s.Forms.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}"))}");
        sb.AppendLine();
        sb.AppendLine("| findings | kind | cause | first cases |");
        sb.AppendLine("| ---: | --- | --- | --- |");
        foreach (var (cause, entry) in s.Causes.OrderByDescending(kv => kv.Value.Count))
        {
            sb.AppendLine(inv, $"| {entry.Count:N0} | {entry.Kind} | {cause.Replace("|", "\\|")} | {string.Join(", ", entry.Saved.Take(3))} |");
        }
        if (s.Causes.Count == 0) sb.AppendLine("| 0 | | | |");
        return sb.ToString();
    }
}

public sealed class CampaignState
{
    public ulong Seed { get; set; }
    public long Start { get; set; }
    public long Next { get; set; }
    public int CorpusFiles { get; set; }
    public long Tried { get; set; }
    public long Bytes { get; set; }
    public double Seconds { get; set; }
    public long CasesWithFindings { get; set; }
    public double WorstMilliseconds { get; set; }
    public long WorstTimeCase { get; set; }
    public long WorstTimeBytes { get; set; }
    public long WorstAllocatedBytes { get; set; }
    public long WorstAllocationCase { get; set; }
    public long WorstAllocationBytes { get; set; }
    public long PeakWorkingSetBytes { get; set; }
    public Dictionary<string, long> Mutations { get; set; } = new Dictionary<string, long>();
    public Dictionary<string, long> Forms { get; set; } = new Dictionary<string, long>();
    public Dictionary<string, CauseEntry> Causes { get; set; } = new Dictionary<string, CauseEntry>();
}

public sealed class CauseEntry
{
    public string Kind { get; set; } = "";
    public long Count { get; set; }
    public string Example { get; set; } = "";
    public string Stack { get; set; } = "";
    public List<long> Saved { get; set; } = new List<long>();
}

public sealed record Options(ulong Seed, long Start, long Count, int Workers, string Out, string Root, string? Replay)
{
    public static Options? Parse(string[] args)
    {
        ulong seed = 20261201;
        long start = 0, count = 1_000_000;
        int workers = 1;
        string? output = null, replay = null;
        for (int i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--seed" when ulong.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var s): seed = s; break;
                case "--start" when long.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var s): start = s; break;
                case "--count" when long.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0: count = c; break;
                case "--workers" when int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w > 0: workers = w; break;
                case "--out" when Next() is { } o: output = o; break;
                case "--replay" when Next() is { } r: replay = Path.GetFullPath(r); break;
                default: return null;
            }
        }
        var root = FindRoot();
        return new Options(seed, start, count, workers, Path.GetFullPath(output ?? Path.Combine(root, "artifacts", "fuzz", $"seed-{seed}-from-{start}")), root, replay);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzer.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("cannot find the repository (Analyzer.sln) above " + AppContext.BaseDirectory);
    }
}
