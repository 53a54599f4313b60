using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Text;
using EngineDiagnostic = UpgradeGuard.Core.Diagnostics.Diagnostic;

namespace UpgradeGuard.Analyzers;

/// <summary>
/// The engine's findings on a manifest, kept for the life of the compiler process (the build server, the IDE's
/// analyzer host), so a compilation whose manifests did not change does no manifest work. An entry is found by
/// everything the findings depend on: the file's path, whether it was named or found by the glob, a SHA-256 of its text, the catalogs (their paths and texts) and
/// the severities configured for it. Bounded: the least recently used entries go first once either
/// <see cref="MaxEntries"/> or <see cref="MaxWeight"/> (characters of messages and paths held) is exceeded.
/// The engine built from a set of catalogs is kept too (a few, least recently used first), so an unchanged set of
/// catalogs is not loaded again.
/// </summary>
internal sealed class ManifestAnalysisCache
{
    public static readonly ManifestAnalysisCache Shared = new ManifestAnalysisCache(maxEntries: 20_000, maxWeight: 64 * 1024 * 1024);

    private const int MaxEngines = 4;

    private readonly object _gate = new object();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new Dictionary<string, LinkedListNode<Entry>>(StringComparer.Ordinal);
    /// <summary>The same entries, found by a file's modification time rather than its text (a build's list gives it).</summary>
    private readonly Dictionary<string, LinkedListNode<Entry>> _stamped = new Dictionary<string, LinkedListNode<Entry>>(StringComparer.Ordinal);
    private const int MaxStampsPerEntry = 4;
    private readonly LinkedList<Entry> _recency = new LinkedList<Entry>();
    private readonly LinkedList<(string Key, CatalogEngine Engine)> _engines = new LinkedList<(string, CatalogEngine)>();
    private long _weight;
    private int _engineCalls;
    private int _catalogLoads;

    public ManifestAnalysisCache(int maxEntries, long maxWeight)
    {
        MaxEntries = maxEntries;
        MaxWeight = maxWeight;
    }

    public int MaxEntries { get; }
    public long MaxWeight { get; }

    /// <summary>How many times a manifest went to the engine (a test hook: a cache hit does not count).</summary>
    public int EngineCalls => Volatile.Read(ref _engineCalls);

    /// <summary>How many times a set of catalogs was loaded into a new engine.</summary>
    public int CatalogLoads => Volatile.Read(ref _catalogLoads);

    public int Count { get { lock (_gate) return _entries.Count; } }

    public long Weight { get { lock (_gate) return _weight; } }

    /// <summary>The engine and the catalog problems for these catalog files (path, text), loaded once per distinct set.</summary>
    public CatalogEngine EngineFor(IReadOnlyList<KeyValuePair<string, string>> catalogFiles)
    {
        var key = Hash(catalogFiles.SelectMany(file => new[] { file.Key, file.Value }));
        lock (_gate)
        {
            for (var node = _engines.First; node != null; node = node.Next)
            {
                if (node.Value.Key != key) continue;
                _engines.Remove(node);
                _engines.AddFirst(node);
                return node.Value.Engine;
            }
        }
        var problems = new List<EngineDiagnostic>();
        var catalogs = CatalogLoader.WithExtras(catalogFiles, problems);
        var engine = new CatalogEngine(key, new UpgradeGuardEngine(catalogs), problems);
        Interlocked.Increment(ref _catalogLoads);
        lock (_gate)
        {
            _engines.AddFirst((key, engine));
            while (_engines.Count > MaxEngines) _engines.RemoveLast();
        }
        return engine;
    }

    /// <summary>
    /// The findings kept for the file at <paramref name="path"/> when it was last analyzed with this modification time
    /// (<paramref name="stamp"/>, from the build's list), this catalog set and these severities: the file need not be read.
    /// </summary>
    public bool TryGetStamped(CatalogEngine engine, string path, string stamp, bool isExplicit, SeverityConfiguration severities, out IReadOnlyList<EngineDiagnostic> diagnostics)
    {
        var key = StampKey(engine, path, stamp, isExplicit, Fingerprint(severities));
        lock (_gate)
        {
            if (_stamped.TryGetValue(key, out var hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                diagnostics = hit.Value.Diagnostics;
                return true;
            }
        }
        diagnostics = Array.Empty<EngineDiagnostic>();
        return false;
    }

    /// <summary>
    /// The findings for <paramref name="text"/> at <paramref name="path"/>: from the cache, or from the engine. With a
    /// <paramref name="stamp"/> (the file's modification time), the entry can then be found by it too.
    /// </summary>
    public IReadOnlyList<EngineDiagnostic> Analyze(CatalogEngine engine, string path, string text, bool isExplicit, SeverityConfiguration severities, CancellationToken cancellationToken, string? stamp = null)
    {
        var fingerprint = Fingerprint(severities);
        var key = string.Join("\n", path, isExplicit ? "named" : "discovered", Hash(new[] { text }), engine.Key, fingerprint);
        var stampKey = stamp is null ? null : StampKey(engine, path, stamp, isExplicit, fingerprint);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                if (stampKey != null) AddStamp(hit, stampKey);
                return hit.Value.Diagnostics;
            }
        }
        Interlocked.Increment(ref _engineCalls);
        var options = new AnalysisOptions { IsExplicit = isExplicit, Severities = severities, CancellationToken = cancellationToken };
        var diagnostics = engine.Engine.Analyze(path, text, options).Diagnostics;
        // An internal error may be the machine's (memory, a thread abort), not the file's: asked again next time.
        if (!diagnostics.Any(diagnostic => diagnostic.Rule.Id == RuleRegistry.InternalError.Id)) Add(key, stampKey, diagnostics);
        return diagnostics;
    }

    private void Add(string key, string? stampKey, IReadOnlyList<EngineDiagnostic> diagnostics)
    {
        var entry = new Entry(key, diagnostics, WeightOf(key, diagnostics));
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                node = _recency.AddFirst(entry);
                _entries[key] = node;
                _weight += entry.Weight;
            }
            if (stampKey != null) AddStamp(node, stampKey);
            while (_recency.Count > 0 && (_entries.Count > MaxEntries || _weight > MaxWeight))
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Key);
                foreach (var stamp in last.Value.StampKeys) _stamped.Remove(stamp);
                _weight -= last.Value.Weight;
            }
        }
    }

    /// <summary>Under the lock. A file touched again and again keeps its last few times, not all of them.</summary>
    private void AddStamp(LinkedListNode<Entry> node, string stampKey)
    {
        if (_stamped.TryGetValue(stampKey, out var existing))
        {
            if (existing == node) return;
            existing.Value.StampKeys.Remove(stampKey);
        }
        _stamped[stampKey] = node;
        node.Value.StampKeys.Add(stampKey);
        if (node.Value.StampKeys.Count > MaxStampsPerEntry)
        {
            _stamped.Remove(node.Value.StampKeys[0]);
            node.Value.StampKeys.RemoveAt(0);
        }
    }

    private static string StampKey(CatalogEngine engine, string path, string stamp, bool isExplicit, string severityFingerprint) =>
        string.Join("\n", path, isExplicit ? "named" : "discovered", "modified " + stamp, engine.Key, severityFingerprint);

    private static long WeightOf(string key, IReadOnlyList<EngineDiagnostic> diagnostics)
    {
        long weight = key.Length + 64;
        foreach (var diagnostic in diagnostics) weight += 64 + diagnostic.Message.Length + diagnostic.FilePath.Length;
        return weight;
    }

    private static string Fingerprint(SeverityConfiguration severities)
    {
        var text = new StringBuilder(severities.WarningsAsErrors ? "warnaserror;" : ";");
        foreach (var pair in severities.Overrides.OrderBy(pair => pair.Key, StringComparer.Ordinal)) text.Append(pair.Key).Append('=').Append((int)pair.Value).Append(';');
        return text.ToString();
    }

    private static string Hash(IEnumerable<string> parts) => ContentHash.Of(parts);

    private sealed class Entry
    {
        public Entry(string key, IReadOnlyList<EngineDiagnostic> diagnostics, long weight)
        {
            Key = key;
            Diagnostics = diagnostics;
            Weight = weight;
        }

        public string Key { get; }
        public IReadOnlyList<EngineDiagnostic> Diagnostics { get; }
        public long Weight { get; }
        /// <summary>The stamp keys that lead here (<see cref="_stamped"/>).</summary>
        public List<string> StampKeys { get; } = new List<string>(1);
    }
}

/// <summary>An engine loaded with one set of catalogs, and the problems found in those catalogs.</summary>
internal sealed class CatalogEngine
{
    public CatalogEngine(string key, UpgradeGuardEngine engine, IReadOnlyList<EngineDiagnostic> problems)
    {
        Key = key;
        Engine = engine;
        CatalogProblems = problems.ToLookup(problem => problem.FilePath, StringComparer.Ordinal);
    }

    public string Key { get; }
    public UpgradeGuardEngine Engine { get; }
    public ILookup<string, EngineDiagnostic> CatalogProblems { get; }
}
