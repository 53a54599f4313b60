using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Catalog;

/// <summary>Reads catalog files (the embedded one and users' own), reporting problems with their position.</summary>
public sealed class CatalogLoader
{
    public const int SupportedFormatVersion = 1;
    private const string BuiltInResource = "UpgradeGuard.Catalog.secure-workspace.catalog.yaml";

    private static readonly Lazy<CatalogSet> ShippedLazy = new Lazy<CatalogSet>(LoadShipped);
    private static CatalogSet? _replacement;

    private readonly FindingSink _sink;

    private CatalogLoader(FindingSink sink) => _sink = sink;

    /// <summary>
    /// The catalog every check starts from: the one embedded in this assembly (<see cref="Shipped"/>), unless this
    /// process replaced it with <see cref="ReplaceBuiltIn(string)"/>.
    /// </summary>
    public static CatalogSet BuiltIn => System.Threading.Volatile.Read(ref _replacement) ?? ShippedLazy.Value;

    /// <summary>The catalog embedded in this assembly, whatever <see cref="ReplaceBuiltIn(string)"/> did.</summary>
    public static CatalogSet Shipped => ShippedLazy.Value;

    /// <summary>
    /// Replaces the built-in catalog of this process (every <see cref="UpgradeGuardEngine"/> created without catalogs,
    /// <see cref="WithExtras"/>, the runbook) with the catalog in <paramref name="text"/>, which must load without a
    /// problem. The test projects pin a frozen fixture catalog this way (tests/fixtures/README.md), so a new vendor
    /// release in the shipped data changes no test. From a file, users get the same with <c>replacesBuiltIn: true</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not a valid catalog.</exception>
    public static void ReplaceBuiltIn(string text)
    {
        var sink = new FindingSink();
        var set = Load(text, sink);
        if (set is null || sink.Findings.Count > 0)
        {
            var first = sink.Findings.FirstOrDefault();
            throw new ArgumentException($"the replacement catalog is invalid at {first.Span}: {first.Message}", nameof(text));
        }
        System.Threading.Volatile.Write(ref _replacement, set);
    }

    /// <summary>The embedded catalog's text, as shipped.</summary>
    public static string BuiltInText()
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException("the built-in catalog resource is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static CatalogSet LoadShipped()
    {
        var sink = new FindingSink();
        var set = Load(BuiltInText(), sink);
        if (set is null || sink.Findings.Count > 0)
        {
            var first = sink.Findings.FirstOrDefault();
            throw new InvalidOperationException($"the built-in catalog is invalid at {first.Span}: {first.Message}");
        }
        return set;
    }

    /// <summary>
    /// The built-in catalog with each extra catalog (path and text) merged in, in order. A catalog with any problem is
    /// left out and each of its problems is added to <paramref name="problems"/> as an error on that file.
    /// </summary>
    public static CatalogSet WithExtras(IEnumerable<KeyValuePair<string, string>> files, ICollection<Diagnostic> problems)
    {
        var catalogs = BuiltIn;
        foreach (var file in files)
        {
            var sink = new FindingSink();
            var extra = Load(file.Value, sink);
            var lines = sink.Findings.Count > 0 ? new LineMap(file.Value) : null;
            foreach (var finding in sink.Findings)
            {
                problems.Add(new Diagnostic(finding.Rule, file.Key, lines!.Normalize(finding.Span), finding.Message, Severity.Error));
            }
            if (extra != null && sink.Findings.Count == 0) catalogs = extra.ReplacesBuiltIn ? extra : catalogs.Merge(extra);
        }
        return catalogs;
    }

    /// <summary>Reads a catalog; problems go to <paramref name="sink"/> (UG1001, UG1002, UG1006). Null when unusable.</summary>
    public static CatalogSet? Load(string text, FindingSink sink)
    {
        var doc = YamlTreeReader.Read(ByteOrderMark.Strip(text));
        if (!doc.IsValid)
        {
            sink.Report(ManifestFindings.InvalidYaml, doc.ErrorSpan!.Value, doc.Error!);
            return null;
        }
        return new CatalogLoader(sink).Read(doc.Root);
    }

    private CatalogSet? Read(YamlNode? root)
    {
        if (root is not YamlMapping map)
        {
            Report(root?.Span ?? SourceSpan.FileStart, "a catalog must be a mapping with formatVersion, products");
            return null;
        }
        var keys = Keys(map, "formatVersion", "dataDate", "source", "replacesBuiltIn", "products");
        int format = SupportedFormatVersion;
        if (keys.TryGetValue("formatVersion", out var fv))
        {
            if (fv.Value is YamlScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) format = parsed;
            if (format != SupportedFormatVersion)
            {
                Report(fv.Value.Span, $"catalog formatVersion must be {SupportedFormatVersion}; this version of UpgradeGuard cannot read '{Text(fv.Value)}'");
                return null;
            }
        }
        string dataDate = keys.TryGetValue("dataDate", out var dd) ? Text(dd.Value) : "";
        bool replacesBuiltIn = false;
        if (keys.TryGetValue("replacesBuiltIn", out var rb))
        {
            if (rb.Value is YamlScalar { Value: "true" or "false" } flag) replacesBuiltIn = flag.Value == "true";
            else Malformed(rb.Value.Span, $"replacesBuiltIn must be true or false, not '{Text(rb.Value)}'");
        }
        var products = new List<ProductCatalog>();
        if (keys.TryGetValue("products", out var productsEntry) && productsEntry.Value is YamlSequence seq)
        {
            foreach (var item in seq.Items)
            {
                var product = ReadProduct(item);
                if (product != null) products.Add(product);
            }
        }
        else
        {
            Report(productsEntry?.Value.Span ?? map.Span, "a catalog needs 'products', a list of products");
        }
        return new CatalogSet(format, dataDate, products) { ReplacesBuiltIn = replacesBuiltIn };
    }

    private ProductCatalog? ReadProduct(YamlNode node)
    {
        if (node is not YamlMapping map)
        {
            Report(node.Span, "a product must be a mapping with id, upgrades, databases");
            return null;
        }
        var keys = Keys(map, "id", "name", "aliases", "defaultMinutesPerAppliance", "upgrades", "databases", "tls", "sideBySide");
        if (!keys.TryGetValue("id", out var idEntry) || idEntry.Value is not YamlScalar idScalar || idScalar.IsNull)
        {
            Report(map.Span, "a product needs an 'id'");
            return null;
        }
        string id = idScalar.Value;
        string name = keys.TryGetValue("name", out var n) ? Text(n.Value) : id;
        var aliases = keys.TryGetValue("aliases", out var a) ? Strings(a.Value) : new List<string>();
        int defaultMinutes = keys.TryGetValue("defaultMinutesPerAppliance", out var dm) ? Int(dm.Value, 15) : 15;

        var upgrades = new List<UpgradeEdge>();
        if (keys.TryGetValue("upgrades", out var up))
        {
            foreach (var item in List(up.Value)) upgrades.AddRange(ReadUpgrade(item, defaultMinutes));
        }

        var engines = new Dictionary<string, EngineInfo>(StringComparer.Ordinal);
        var support = new List<DatabaseSupportRow>();
        if (keys.TryGetValue("databases", out var dbs) && dbs.Value is YamlMapping dbMap)
        {
            var dbKeys = Keys(dbMap, "engines", "support");
            if (dbKeys.TryGetValue("engines", out var eng) && eng.Value is YamlMapping engMap)
            {
                foreach (var e in engMap.Entries)
                {
                    if (e.KeyText is null) continue;
                    var eKeys = e.Value is YamlMapping em ? Keys(em, "name", "aliases") : new Dictionary<string, YamlEntry>();
                    var aliasMap = new Dictionary<string, string>(StringComparer.Ordinal);
                    if (eKeys.TryGetValue("aliases", out var al) && al.Value is YamlMapping alMap)
                    {
                        foreach (var pair in alMap.Entries)
                        {
                            if (pair.KeyText != null && pair.Value is YamlScalar v && EngineVersion.TryParse(v.Value, out _)) aliasMap[pair.KeyText] = v.Value;
                            else Malformed(pair.Value.Span, "an engine version alias must map a name to a version such as 15.0");
                        }
                    }
                    engines[e.KeyText] = new EngineInfo(e.KeyText, eKeys.TryGetValue("name", out var en) ? Text(en.Value) : e.KeyText, aliasMap);
                }
            }
            if (dbKeys.TryGetValue("support", out var sup))
            {
                foreach (var row in List(sup.Value))
                {
                    var r = ReadSupportRow(row);
                    if (r != null) support.Add(r);
                }
            }
        }

        TlsPolicy? tls = null;
        if (keys.TryGetValue("tls", out var tlsEntry) && tlsEntry.Value is YamlMapping tlsMap)
        {
            var t = Keys(tlsMap, "from", "databaseMustAccept", "removedProtocols");
            var from = t.TryGetValue("from", out var f) ? Version(f.Value) : null;
            if (from != null)
            {
                tls = new TlsPolicy(from.Value, t.TryGetValue("databaseMustAccept", out var dma) ? Text(dma.Value) : "1.2",
                    t.TryGetValue("removedProtocols", out var rp) ? Strings(rp.Value) : new List<string>());
            }
        }

        ProductVersion? sideBySide = null;
        if (keys.TryGetValue("sideBySide", out var sbs) && sbs.Value is YamlMapping sbsMap)
        {
            var s = Keys(sbsMap, "minimumVersion");
            if (s.TryGetValue("minimumVersion", out var mv)) sideBySide = Version(mv.Value);
        }

        return new ProductCatalog(id, name, aliases, defaultMinutes, upgrades, engines, support, tls, sideBySide);
    }

    private IEnumerable<UpgradeEdge> ReadUpgrade(YamlNode node, int defaultMinutes)
    {
        if (node is not YamlMapping map)
        {
            Report(node.Span, "an upgrade must be a mapping with from, to");
            yield break;
        }
        var k = Keys(map, "from", "to", "minutesPerAppliance", "supportAssisted", "upgradesOs", "requiresBefore", "note");
        if (!k.TryGetValue("from", out var fromEntry) || !k.TryGetValue("to", out var toEntry))
        {
            Report(map.Span, "an upgrade needs 'from' (a version or a list) and 'to'");
            yield break;
        }
        var to = Version(toEntry.Value);
        if (to is null) yield break;
        int minutes = k.TryGetValue("minutesPerAppliance", out var m) ? Int(m.Value, defaultMinutes) : defaultMinutes;
        bool assisted = k.TryGetValue("supportAssisted", out var sa) && Text(sa.Value) == "true";
        bool os = k.TryGetValue("upgradesOs", out var uo) && Text(uo.Value) == "true";
        var requires = k.TryGetValue("requiresBefore", out var rb) ? Strings(rb.Value) : new List<string>();
        foreach (var r in requires.Where(r => !ManifestBinder.StepActionNames.Contains(r)))
        {
            Report(rb!.Value.Span, $"requiresBefore names '{r}', which is not a step ({string.Join(", ", ManifestBinder.StepActionNames)})");
        }
        string? note = k.TryGetValue("note", out var nt) ? Text(nt.Value) : null;
        var fromNodes = fromEntry.Value is YamlSequence fs ? fs.Items : new[] { fromEntry.Value };
        foreach (var fromNode in fromNodes)
        {
            var from = Version(fromNode);
            if (from is null) continue;
            if (from.Value >= to.Value)
            {
                Report(fromNode.Span, $"an upgrade must go to a newer version: {from} -> {to}");
                continue;
            }
            yield return new UpgradeEdge(from.Value, to.Value, minutes, assisted, os, requires, note);
        }
    }

    private DatabaseSupportRow? ReadSupportRow(YamlNode node)
    {
        if (node is not YamlMapping map)
        {
            Report(node.Span, "a database support row must be a mapping with clusterVersions and engine ranges");
            return null;
        }
        List<string>? patterns = null;
        var engines = new Dictionary<string, EngineRange>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (entry.KeyText == "clusterVersions")
            {
                patterns = Strings(entry.Value);
                foreach (var p in patterns.Where(p => !IsVersionPattern(p)))
                {
                    Malformed(entry.Value.Span, $"'{p}' is not a cluster version pattern such as 5.5.x or 5.5.1");
                }
                continue;
            }
            if (entry.KeyText is null || entry.Value is not YamlMapping range)
            {
                Report(entry.Key.Span, "an engine range must be a mapping with min and optionally max");
                continue;
            }
            var rk = Keys(range, "min", "max");
            var min = rk.TryGetValue("min", out var mn) ? EngineVersionOf(mn.Value) : null;
            var max = rk.TryGetValue("max", out var mx) ? EngineVersionOf(mx.Value) : null;
            engines[entry.KeyText] = new EngineRange(min, max);
        }
        if (patterns is null)
        {
            Report(map.Span, "a database support row needs clusterVersions");
            return null;
        }
        return new DatabaseSupportRow(patterns, engines);
    }

    private static bool IsVersionPattern(string p)
    {
        var parts = p.Split('.');
        return parts.Length == 3 && parts.All(x => x == "x" || x == "*" || (x.Length > 0 && x.All(char.IsDigit)));
    }

    private Dictionary<string, YamlEntry> Keys(YamlMapping map, params string[] known)
    {
        var result = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var key = entry.KeyText;
            if (key != null && known.Contains(key))
            {
                if (!result.ContainsKey(key)) result[key] = entry;
                else Report(entry.Key.Span, $"duplicate key '{key}'");
            }
            else
            {
                var suggestion = key is null ? null : Suggestions.Nearest(key, known);
                Report(entry.Key.Span, $"unknown catalog key '{key}'" + (suggestion != null ? $"; did you mean '{suggestion}'?" : $"; known keys here: {string.Join(", ", known)}"));
            }
        }
        return result;
    }

    private ProductVersion? Version(YamlNode node)
    {
        if (node is YamlScalar s && ProductVersion.TryParse(s.Value, out var v)) return v;
        Malformed(node.Span, $"'{Text(node)}' is not a version major.minor.patch");
        return null;
    }

    private EngineVersion? EngineVersionOf(YamlNode node)
    {
        if (node is YamlScalar s && EngineVersion.TryParse(s.Value, out var v)) return v;
        Malformed(node.Span, $"'{Text(node)}' is not an engine version such as 15.0");
        return null;
    }

    private int Int(YamlNode node, int fallback)
    {
        if (node is YamlScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 && v < 100000) return v;
        Report(node.Span, $"'{Text(node)}' must be a positive integer");
        return fallback;
    }

    private List<string> Strings(YamlNode node)
    {
        if (node is YamlSequence seq) return seq.Items.OfType<YamlScalar>().Select(s => s.Value).ToList();
        if (node is YamlScalar s && !s.IsNull) return new List<string> { s.Value };
        Report(node.Span, "expected a list of strings");
        return new List<string>();
    }

    private IReadOnlyList<YamlNode> List(YamlNode node)
    {
        if (node is YamlSequence seq) return seq.Items;
        Report(node.Span, "expected a list");
        return Array.Empty<YamlNode>();
    }

    private static string Text(YamlNode node) => node is YamlScalar s ? s.Value : node.KindName;

    private void Report(SourceSpan span, string message) => _sink.Report(ManifestFindings.InvalidManifest, span, message);

    private void Malformed(SourceSpan span, string message) => _sink.Report(ManifestFindings.MalformedValue, span, message);
}
