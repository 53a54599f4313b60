using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Catalog;

/// <summary>One direct upgrade of the vendor's upgrade table.</summary>
public sealed class UpgradeEdge
{
    public UpgradeEdge(ProductVersion from, ProductVersion to, int minutesPerAppliance, bool supportAssisted, bool upgradesOs, IReadOnlyList<string> requiresBefore, string? note)
    {
        From = from;
        To = to;
        MinutesPerAppliance = minutesPerAppliance;
        SupportAssisted = supportAssisted;
        UpgradesOs = upgradesOs;
        RequiresBefore = requiresBefore;
        Note = note;
    }

    public ProductVersion From { get; }
    public ProductVersion To { get; }
    public int MinutesPerAppliance { get; }
    public bool SupportAssisted { get; }
    public bool UpgradesOs { get; }
    /// <summary>Step actions that must come before this hop (e.g. <c>migrate-audit-logs</c>).</summary>
    public IReadOnlyList<string> RequiresBefore { get; }
    public string? Note { get; }

    public override string ToString() => $"{From} -> {To}";
}

/// <summary>An external database engine: display name and version aliases (SQL Server release years).</summary>
public sealed class EngineInfo
{
    public EngineInfo(string id, string name, IReadOnlyDictionary<string, string> aliases)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
    }

    public string Id { get; }
    public string Name { get; }
    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <summary>Resolves a version as written (<c>2019</c>, <c>15.0</c>) to a comparable version.</summary>
    public EngineVersion? Resolve(string text)
    {
        if (Aliases.TryGetValue(text, out var mapped)) text = mapped;
        return EngineVersion.TryParse(text, out var v) ? v : null;
    }

    /// <summary><c>SQL Server 15.0 (2019)</c> or <c>PostgreSQL 9.6</c>.</summary>
    public string Display(string text)
    {
        if (Aliases.TryGetValue(text, out var mapped)) return $"{Name} {mapped} ({text})";
        var year = Aliases.FirstOrDefault(a => a.Value == text).Key;
        return year != null ? $"{Name} {text} ({year})" : $"{Name} {text}";
    }

    public string DisplayVersion(EngineVersion version)
    {
        var text = version.ToString();
        var year = Aliases.FirstOrDefault(a => EngineVersion.TryParse(a.Value, out var v) && v.CompareTo(version) == 0).Key;
        return year != null ? $"{text} ({year})" : text;
    }

    public string DisplayRange(EngineRange range)
    {
        if (range.Maximum is null) return $"{DisplayVersion(range.Minimum!)} or later";
        if (range.Minimum != null && range.Minimum.CompareTo(range.Maximum) == 0) return DisplayVersion(range.Minimum);
        if (range.Minimum is null) return $"up to {DisplayVersion(range.Maximum)}";
        return $"{DisplayVersion(range.Minimum)} to {DisplayVersion(range.Maximum)}";
    }
}

/// <summary>Which engines (and ranges) a set of cluster versions supports.</summary>
public sealed class DatabaseSupportRow
{
    private readonly (int? Major, int? Minor, int? Patch)[] _patterns;

    public DatabaseSupportRow(IReadOnlyList<string> clusterVersions, IReadOnlyDictionary<string, EngineRange> engines)
    {
        ClusterVersions = clusterVersions;
        Engines = engines;
        _patterns = clusterVersions.Select(Parse).Where(p => p != null).Select(p => p!.Value).ToArray();
    }

    /// <summary>Patterns such as <c>5.5.x</c> or exact versions such as <c>5.5.1</c>.</summary>
    public IReadOnlyList<string> ClusterVersions { get; }
    public IReadOnlyDictionary<string, EngineRange> Engines { get; }

    public bool Applies(ProductVersion version)
    {
        foreach (var (major, minor, patch) in _patterns)
        {
            if ((major is null || major == version.Major) && (minor is null || minor == version.Minor) && (patch is null || patch == version.Patch)) return true;
        }
        return false;
    }

    /// <summary><c>5.5.x</c> -> (5, 5, any); a part that is neither a number nor x/* makes the pattern match nothing.</summary>
    private static (int? Major, int? Minor, int? Patch)? Parse(string pattern)
    {
        var parts = pattern.Split('.');
        if (parts.Length != 3) return null;
        var values = new int?[3];
        for (int i = 0; i < 3; i++)
        {
            if (parts[i] == "x" || parts[i] == "*") continue;
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v)) return null;
            values[i] = v;
        }
        return (values[0], values[1], values[2]);
    }
}

public sealed class TlsPolicy
{
    public TlsPolicy(ProductVersion from, string databaseMustAccept, IReadOnlyList<string> removedProtocols)
    {
        From = from;
        DatabaseMustAccept = databaseMustAccept;
        RemovedProtocols = removedProtocols;
    }

    /// <summary>The first version with the policy (5.4.0).</summary>
    public ProductVersion From { get; }
    public string DatabaseMustAccept { get; }
    public IReadOnlyList<string> RemovedProtocols { get; }
}

/// <summary>Everything the catalog knows of one product.</summary>
public sealed class ProductCatalog
{
    public ProductCatalog(string id, string name, IReadOnlyList<string> aliases, int defaultMinutesPerAppliance,
        IReadOnlyList<UpgradeEdge> upgrades, IReadOnlyDictionary<string, EngineInfo> engines,
        IReadOnlyList<DatabaseSupportRow> databaseSupport, TlsPolicy? tls, ProductVersion? sideBySideMinimum)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        DefaultMinutesPerAppliance = defaultMinutesPerAppliance;
        Upgrades = upgrades;
        Engines = engines;
        DatabaseSupport = databaseSupport;
        Tls = tls;
        SideBySideMinimum = sideBySideMinimum;
        Versions = upgrades.SelectMany(u => new[] { u.From, u.To }).Distinct().OrderBy(v => v).ToList();
        _known = new HashSet<ProductVersion>(Versions);
        Graph = new UpgradeGraph(upgrades);
    }

    public string Id { get; }
    public string Name { get; }
    public IReadOnlyList<string> Aliases { get; }
    public int DefaultMinutesPerAppliance { get; }
    public IReadOnlyList<UpgradeEdge> Upgrades { get; }
    public IReadOnlyDictionary<string, EngineInfo> Engines { get; }
    public IReadOnlyList<DatabaseSupportRow> DatabaseSupport { get; }
    public TlsPolicy? Tls { get; }
    public ProductVersion? SideBySideMinimum { get; }
    /// <summary>Every version the upgrade table names, ascending.</summary>
    public IReadOnlyList<ProductVersion> Versions { get; }
    public UpgradeGraph Graph { get; }
    public ProductVersion? Latest => Versions.Count == 0 ? (ProductVersion?)null : Versions[Versions.Count - 1];

    private readonly HashSet<ProductVersion> _known;
    // The catalog never changes once built: lookups are cached for every file checked (in parallel) against it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(ProductVersion, string), DatabaseSupportLookup> _lookups =
        new System.Collections.Concurrent.ConcurrentDictionary<(ProductVersion, string), DatabaseSupportLookup>();

    public bool IsKnown(ProductVersion version) => _known.Contains(version);

    /// <summary>
    /// The supported range of an engine at a cluster version: null when no row covers the version (not checked),
    /// an empty result when rows cover it but none lists the engine (unsupported).
    /// </summary>
    public DatabaseSupportLookup LookupDatabase(ProductVersion clusterVersion, string engine) =>
        _lookups.GetOrAdd((clusterVersion, engine), key => ComputeLookup(key.Item1, key.Item2));

    private DatabaseSupportLookup ComputeLookup(ProductVersion clusterVersion, string engine)
    {
        var rows = DatabaseSupport.Where(r => r.Applies(clusterVersion)).ToList();
        if (rows.Count == 0) return DatabaseSupportLookup.NotCovered;
        var ranges = rows.Where(r => r.Engines.ContainsKey(engine)).Select(r => r.Engines[engine]).ToList();
        return ranges.Count == 0 ? DatabaseSupportLookup.Unsupported : new DatabaseSupportLookup(ranges);
    }
}

public sealed class DatabaseSupportLookup
{
    public static readonly DatabaseSupportLookup NotCovered = new DatabaseSupportLookup(null);
    public static readonly DatabaseSupportLookup Unsupported = new DatabaseSupportLookup(new List<EngineRange>());

    public DatabaseSupportLookup(IReadOnlyList<EngineRange>? ranges) => Ranges = ranges;

    /// <summary>Null when the catalog has no row for the version; empty when the engine is not listed.</summary>
    public IReadOnlyList<EngineRange>? Ranges { get; }
    public bool IsCovered => Ranges != null;
    public bool IsEngineSupported => Ranges is { Count: > 0 };
    public bool Contains(EngineVersion v) => Ranges != null && Ranges.Any(r => r.Contains(v));
}
