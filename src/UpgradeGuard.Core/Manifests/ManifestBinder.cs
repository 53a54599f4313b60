using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using UpgradeGuard.Core.Text;

using static UpgradeGuard.Core.Manifests.ManifestSchema;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Manifests;

/// <summary>
/// Binds a YAML tree to the typed <see cref="Manifest"/>, reporting unknown keys, wrong types, missing required
/// fields (UG1002) and malformed values (UG1006). A value that cannot be read is kept as invalid, never guessed.
/// </summary>
public sealed class ManifestBinder
{

    private static readonly Dictionary<string, StepKind> StepActions = new Dictionary<string, StepKind>(StringComparer.Ordinal)
    {
        ["snapshot"] = StepKind.Snapshot,
        ["backup-database"] = StepKind.BackupDatabase,
        ["upgrade"] = StepKind.Upgrade,
        ["upgrade-database"] = StepKind.UpgradeDatabase,
        ["migrate-audit-logs"] = StepKind.MigrateAuditLogs,
        ["reboot"] = StepKind.Reboot,
        ["notify-users"] = StepKind.NotifyUsers,
        ["environment-backup"] = StepKind.EnvironmentBackup,
        ["switch-traffic"] = StepKind.SwitchTraffic,
        ["decommission"] = StepKind.Decommission,
    };

    private readonly FindingSink _sink;
    private readonly List<SuggestedKey> _suggestedKeys = new List<SuggestedKey>();
    private readonly HashSet<(YamlMapping Mapping, string Key)> _renamedTo = new HashSet<(YamlMapping, string)>();

    private readonly string[] _engines;

    /// <param name="sink">Where problems go.</param>
    /// <param name="engines">The database engines <c>database.engine</c> allows: the catalogs' engine ids (the
    /// catalog is a layer above the manifest, so the engine hands them down).</param>
    public ManifestBinder(FindingSink sink, IReadOnlyList<string> engines)
    {
        _sink = sink;
        _engines = engines.ToArray();
    }

    /// <summary>"sqlserver, azure-sql or postgresql".</summary>
    private string EngineChoice() => _engines.Length < 2
        ? string.Join("", _engines)
        : string.Join(", ", _engines, 0, _engines.Length - 1) + " or " + _engines[_engines.Length - 1];

    public static IReadOnlyCollection<string> StepActionNames => StepActions.Keys;

    public static bool TryGetStepKind(string action, out StepKind kind) => StepActions.TryGetValue(action, out kind);

    public Manifest Bind(YamlMapping root)
    {
        // BindBody adds the body's suggestions to the same list.
        var manifest = new Manifest(root) { SuggestedKeys = _suggestedKeys };
        var map = ReadMapping(root, "", RootKeys);
        manifest.ApiVersion = ReadString(map, "apiVersion");
        manifest.Kind = ReadString(map, "kind");
        manifest.Product = ReadString(map, "product");
        if (map.TryGetValue("metadata", out var metadata))
        {
            var m = ReadMapping(metadata.Value, "metadata.", MetadataKeys);
            manifest.Name = ReadString(m, "name");
        }
        return manifest;
    }

    /// <summary>Binds the body; called only for files whose kind is <c>UpgradePlan</c>.</summary>
    public void BindBody(Manifest manifest)
    {
        var map = ReadMapping(manifest.Root, "", RootKeys, reportUnknown: false);
        var docStart = manifest.Root.FirstKeySpan;
        if (Require(map, "cluster", docStart, "cluster", "the cluster to upgrade (nodes and version)") is { } cluster) manifest.Cluster = BindCluster(cluster);
        if (map.TryGetValue("database", out var database)) manifest.Database = BindDatabase(database);
        if (map.TryGetValue("schedule", out var schedule)) manifest.Schedule = BindSchedule(schedule);
        if (Require(map, "upgrade", docStart, "upgrade", "the target version and the steps") is { } upgrade) manifest.Upgrade = BindUpgrade(upgrade, manifest);
    }

    private ClusterSection BindCluster(YamlEntry entry)
    {
        var section = new ClusterSection(entry.Key.Span);
        var map = ReadMapping(entry.Value, "cluster.", ClusterKeys);
        if (Require(map, "nodes", entry.Key.Span, "cluster.nodes", "the number of appliances") is { } nodes)
        {
            section.Nodes = ReadValue<int>(nodes, "cluster.nodes", "an integer >= 1", TryParseNodes, malformedIsType: true);
        }
        if (Require(map, "version", entry.Key.Span, "cluster.version", "the version running today") is { } version)
        {
            section.Version = ReadVersion(version, "cluster.version");
        }
        section.Addresses = ReadStringList(map, "addresses", "cluster.addresses");
        if (map.TryGetValue("tls", out var tls))
        {
            var tlsMap = ReadMapping(tls.Value, "cluster.tls.", TlsKeys);
            if (tlsMap.TryGetValue("protocols", out var protocols))
            {
                section.TlsProtocols = ReadWordList(protocols, "cluster.tls.protocols", TlsProtocols);
            }
        }
        return section;
    }

    private DatabaseSection BindDatabase(YamlEntry entry)
    {
        var section = new DatabaseSection(entry.Key.Span);
        var map = ReadMapping(entry.Value, "database.", DatabaseKeys);
        if (map.TryGetValue("type", out var type))
        {
            section.Type = ReadWord(type, "database.type", DatabaseTypes, w => w == "external" ? DatabaseType.External : DatabaseType.Embedded);
        }
        bool external = section.Type is { IsValid: true, Value: DatabaseType.External };
        if (external)
        {
            if (Require(map, "engine", entry.Key.Span, "database.engine", "the external database engine (" + EngineChoice() + ")") is { } engine)
            {
                section.Engine = ReadWord(engine, "database.engine", _engines, w => w);
            }
            if (Require(map, "version", entry.Key.Span, "database.version", "the external database engine version") is { } version)
            {
                section.Version = ReadValue<string>(version, "database.version", "an engine version such as 15.0 or 2019", TryParseEngineVersionText);
            }
        }
        else
        {
            if (map.TryGetValue("engine", out var engine)) section.Engine = ReadWord(engine, "database.engine", _engines, w => w);
            if (map.TryGetValue("version", out var version)) section.Version = ReadValue<string>(version, "database.version", "an engine version such as 15.0 or 2019", TryParseEngineVersionText);
        }
        section.Host = ReadString(map, "host");
        if (map.TryGetValue("tls", out var tls))
        {
            var tlsMap = ReadMapping(tls.Value, "database.tls.", TlsKeys);
            if (tlsMap.TryGetValue("protocols", out var protocols))
            {
                section.TlsProtocols = ReadWordList(protocols, "database.tls.protocols", TlsProtocols);
                section.TlsProtocolsSpan = protocols.Value.Span;
            }
        }
        return section;
    }

    private ScheduleSection BindSchedule(YamlEntry entry)
    {
        var section = new ScheduleSection(entry.Key.Span);
        var map = ReadMapping(entry.Value, "schedule.", ScheduleKeys);
        if (map.TryGetValue("start", out var start))
        {
            section.Start = ReadValue<ScheduleStart>(start, "schedule.start", "a local date-time such as 2026-12-05T22:00", (string s, out ScheduleStart v) =>
            {
                bool ok = ValueParsers.TryParseDateTime(s, out var local, out var offset);
                v = new ScheduleStart(local, offset);
                return ok;
            });
        }
        if (map.TryGetValue("timeZone", out var zone))
        {
            section.TimeZone = ReadValue<string>(zone, "schedule.timeZone", "an IANA time zone id such as Europe/Brussels", (string s, out string v) =>
            {
                v = s;
                return ValueParsers.IsTimeZoneIdShaped(s);
            });
        }
        else if (section.Start is { IsValid: true } placed && placed.Value.Offset is null)
        {
            ReportMissing(entry.Key.Span, "schedule.timeZone", $"the time zone of schedule.start '{placed.Text}' (or write an offset, e.g. {placed.Text}+01:00)");
        }
        if (map.TryGetValue("window", out var window))
        {
            section.Window = ReadValue<Duration>(window, "schedule.window", "a duration such as 90m, 6h, 1h30m or PT6H", ValueParsers.TryParseDuration);
        }
        if (map.TryGetValue("businessHours", out var hours))
        {
            var hoursMap = ReadMapping(hours.Value, "schedule.businessHours.", BusinessHoursKeys);
            if (hoursMap.TryGetValue("days", out var days))
            {
                var list = ReadWordList(days, "schedule.businessHours.days", DayWords);
                section.BusinessDays = list?.Where(d => d.IsValid).Select(d => new Located<IsoDayOfWeek>(ToDay(d.Value), d.Text, d.KeySpan, d.Span)).ToList();
                if (list is null || list.Any(d => !d.IsValid)) section.HasInvalidBusinessHours = true;
            }
            if (hoursMap.TryGetValue("start", out var bStart))
            {
                section.BusinessStart = ReadValue<LocalTime>(bStart, "schedule.businessHours.start", "a time of day HH:mm such as \"08:00\"", ValueParsers.TryParseTimeOfDay);
                if (!section.BusinessStart.IsValid) section.HasInvalidBusinessHours = true;
            }
            if (hoursMap.TryGetValue("end", out var bEnd))
            {
                section.BusinessEnd = ReadValue<LocalTime>(bEnd, "schedule.businessHours.end", "a time of day HH:mm such as \"18:00\"", ValueParsers.TryParseTimeOfDay);
                if (!section.BusinessEnd.IsValid) section.HasInvalidBusinessHours = true;
            }
        }
        if (map.TryGetValue("holidays", out var holidays))
        {
            var items = ReadList(holidays, "schedule.holidays");
            var dates = new List<Located<LocalDate>>();
            if (items is null) section.HasInvalidBusinessHours = true;
            foreach (var item in items ?? Array.Empty<YamlNode>())
            {
                var date = ReadScalarValue<LocalDate>(item, holidays.Key.Span, "schedule.holidays", "a date such as 2026-12-25", ValueParsers.TryParseDate, malformedIsType: false);
                if (date is { IsValid: true }) dates.Add(date);
                else section.HasInvalidBusinessHours = true;
            }
            section.Holidays = dates;
        }
        return section;
    }

    private UpgradeSection BindUpgrade(YamlEntry entry, Manifest manifest)
    {
        var section = new UpgradeSection(entry.Key.Span);
        var map = ReadMapping(entry.Value, "upgrade.", UpgradeKeys);
        if (Require(map, "to", entry.Key.Span, "upgrade.to", "the target version") is { } to)
        {
            section.To = ReadVersion(to, "upgrade.to");
        }
        if (map.TryGetValue("strategy", out var strategy))
        {
            section.Strategy = ReadWord(strategy, "upgrade.strategy", Strategies, w => w == "side-by-side" ? UpgradeStrategy.SideBySide : UpgradeStrategy.InPlace);
        }
        if (map.TryGetValue("steps", out var steps))
        {
            section.StepsKeySpan = steps.Key.Span;
            var items = ReadList(steps, "upgrade.steps");
            var list = new List<Step>();
            if (items != null)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    var step = BindStep(items[i], i, steps.Key.Span);
                    if (step != null) list.Add(step);
                }
            }
            section.Steps = list;
        }
        if (map.TryGetValue("sideBySide", out var sideBySide))
        {
            section.SideBySide = BindSideBySide(sideBySide);
        }
        else if (section.IsSideBySide)
        {
            ReportMissing(entry.Key.Span, "upgrade.sideBySide", "the new environment (deployVersion, addresses, databaseHost)");
        }
        return section;
    }

    private SideBySideSection BindSideBySide(YamlEntry entry)
    {
        var section = new SideBySideSection(entry.Key.Span);
        var map = ReadMapping(entry.Value, "upgrade.sideBySide.", SideBySideKeys);
        if (map.TryGetValue("deployVersion", out var deploy)) section.DeployVersion = ReadVersion(deploy, "upgrade.sideBySide.deployVersion");
        section.Addresses = ReadStringList(map, "addresses", "upgrade.sideBySide.addresses");
        if (map.TryGetValue("addresses", out var addresses))
        {
            section.AddressesSpan = addresses.Value.Span;
            section.AddressesValid = addresses.Value is YamlSequence list && list.Items.All(i => i is YamlScalar s && !s.IsNull);
        }
        section.DatabaseHost = ReadString(map, "databaseHost");
        return section;
    }

    private Step? BindStep(YamlNode node, int index, SourceSpan stepsKey)
    {
        if (node is not YamlMapping mapping || mapping.Entries.Count == 0)
        {
            Report(node.Span, $"a step must be a mapping whose first key names the action ({string.Join(", ", StepActions.Keys)}), not {node.KindName}");
            return null;
        }
        var first = mapping.Entries[0];
        var action = first.KeyText;
        if (action is null || !StepActions.TryGetValue(action, out var kind))
        {
            var suggestion = action is null ? null : Suggestions.Nearest(action, StepActions.Keys);
            if (suggestion != null) SuggestKey(mapping, first, action!, suggestion, ManifestSchema.StepActionShape(suggestion));
            Report(first.Key.Span, action is null
                ? "a step's first key must name the action"
                : $"unknown step '{action}'" + (suggestion != null ? $"; did you mean '{suggestion}'?" : $"; known steps: {string.Join(", ", StepActions.Keys)}"));
            return null;
        }
        var step = new Step(kind, index, action, first.Key.Span, first.Span, mapping);
        var extraKeys = ManifestSchema.StepExtraKeys(kind);
        var extras = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        for (int i = 1; i < mapping.Entries.Count; i++)
        {
            var e = mapping.Entries[i];
            var key = e.KeyText;
            if (key != null && extraKeys.Contains(key))
            {
                if (extras.ContainsKey(key)) Report(e.Key.Span, $"duplicate key '{key}' in this step (the first one is used)");
                else extras[key] = e;
            }
            else if (key != null && StepActions.ContainsKey(key))
            {
                Report(e.Key.Span, $"'{key}' is another step inside the '{action}' step; start each step with its own '-' list item");
            }
            else
            {
                var suggestion = key is null ? null : Suggestions.Nearest(key, extraKeys);
                if (suggestion != null) SuggestKey(mapping, e, key!, suggestion, ValueShape.Scalar);
                var allowed = extraKeys.Count == 0 ? $"{Article(action)} '{action}' step takes no other keys" : $"{Article(action)} '{action}' step also takes: {string.Join(", ", extraKeys)}";
                Report(e.Key.Span, $"unknown key '{key ?? e.Key.KindName}' in {Article(action)} '{action}' step" + (suggestion != null ? $"; did you mean '{suggestion}'?" : "; " + allowed));
            }
        }

        var value = first.Value;
        string path = "steps[" + index.ToString(CultureInfo.InvariantCulture) + "]." + action;
        switch (kind)
        {
            case StepKind.Snapshot:
                if (value is YamlScalar s && !s.IsNull && s.Value == "all")
                {
                    step.SnapshotAll = true;
                }
                else if (value is YamlSequence seq && seq.Items.Count > 0)
                {
                    var names = new List<string>();
                    foreach (var item in seq.Items)
                    {
                        if (item is YamlScalar n && !n.IsNull) names.Add(n.Value);
                        else { Report(item.Span, $"{path}: an appliance name must be a string, not {item.KindName}"); step.IsValid = false; }
                    }
                    step.SnapshotAppliances = names;
                }
                else
                {
                    Report(value.Span, $"{path}: expected 'all' or a list of appliance names, not {Describe(value)}");
                    step.IsValid = false;
                }
                if (extras.TryGetValue("database", out var db)) step.IncludesDatabase = ReadBool(db, path + ".database");
                if (extras.TryGetValue("shutdown", out var shutdown)) step.Shutdown = ReadBool(shutdown, path + ".shutdown");
                break;
            case StepKind.Upgrade:
                step.Version = ReadVersion(first, path);
                step.IsValid = step.Version.IsValid;
                if (extras.TryGetValue("timeout", out var timeout))
                {
                    step.Timeout = ReadValue<Duration>(timeout, path + ".timeout", "a duration such as 90m, 4h or PT4H", ValueParsers.TryParseDuration);
                }
                if (extras.TryGetValue("onTimeout", out var onTimeout))
                {
                    step.OnTimeout = ReadWord(onTimeout, path + ".onTimeout", OnTimeoutWords,
                        w => w == "reboot" ? OnTimeoutAction.Reboot : w == "abort" ? OnTimeoutAction.Abort : OnTimeoutAction.Alert);
                }
                break;
            case StepKind.UpgradeDatabase:
                step.DatabaseVersion = ReadValue<string>(first, path, "an engine version such as 15.0 or 2019", TryParseEngineVersionText);
                step.IsValid = step.DatabaseVersion.IsValid;
                break;
            case StepKind.Reboot:
                if (!(value is YamlScalar r && r.Value == "all" && !r.IsNull))
                {
                    Report(value.Span, $"{path}: expected 'all', not {Describe(value)}");
                    step.IsValid = false;
                }
                break;
            case StepKind.NotifyUsers:
                if (!(value is YamlScalar t && !t.IsNull))
                {
                    Report(value.Span, $"{path}: expected the text to send to users, not {Describe(value)}");
                    step.IsValid = false;
                }
                break;
            default:
                var flag = ReadBool(first, path);
                if (flag.IsValid && !flag.Value)
                {
                    Report(value.Span, $"{path}: expected 'true'; remove the step rather than set it to false");
                    step.IsValid = false;
                }
                else if (!flag.IsValid)
                {
                    step.IsValid = false;
                }
                break;
        }
        return step;
    }

    // ---- reading helpers ----

    private Dictionary<string, YamlEntry> ReadMapping(YamlNode node, string pathPrefix, string[] known, bool reportUnknown = true)
    {
        var result = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        if (node is not YamlMapping mapping)
        {
            if (reportUnknown)
            {
                string name = pathPrefix.Length == 0 ? "the document" : "'" + pathPrefix.TrimEnd('.') + "'";
                Report(node.Span, $"{name} must be a mapping with keys {string.Join(", ", known)}, not {Describe(node)}");
            }
            return result;
        }
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText;
            if (key is null)
            {
                if (reportUnknown) Report(entry.Key.Span, $"a key must be a plain word, not {entry.Key.KindName}");
                continue;
            }
            if (Array.IndexOf(known, key) >= 0)
            {
                if (result.TryGetValue(key, out var firstEntry))
                {
                    if (reportUnknown) Report(entry.Key.Span, $"duplicate key '{pathPrefix}{key}' (first at line {firstEntry.Key.Span.StartLine}, which is used)");
                }
                else
                {
                    result[key] = entry;
                }
            }
            else if (reportUnknown)
            {
                var suggestion = Suggestions.Nearest(key, known);
                if (suggestion != null) SuggestKey(mapping, entry, key, suggestion, ManifestSchema.ShapeAt(pathPrefix + suggestion));
                Report(entry.Key.Span, $"unknown key '{pathPrefix}{key}'" + (suggestion != null
                    ? $"; did you mean '{suggestion}'?"
                    : $"; known keys here: {string.Join(", ", known)}"));
            }
        }
        return result;
    }

    /// <summary>
    /// Keeps a suggestion for the quick fix when the rename is safe: the value has the shape the suggested key takes
    /// (a mapping is never renamed to a scalar key), the mapping does not have the suggested key yet, and no earlier
    /// unknown key of the mapping is already to be renamed to it (two renames would write the key twice).
    /// </summary>
    private void SuggestKey(YamlMapping mapping, YamlEntry entry, string written, string suggested, ValueShape shape)
    {
        if (!Fits(entry.Value, shape)) return;
        if (mapping.Entries.Any(e => e.KeyText == suggested)) return;
        if (!_renamedTo.Add((mapping, suggested))) return;
        _suggestedKeys.Add(new SuggestedKey(entry.Key.Span, written, suggested));
    }

    /// <summary>An empty value fits every key; otherwise the value's kind must be one the key takes.</summary>
    private static bool Fits(YamlNode value, ValueShape shape) => value switch
    {
        YamlScalar { IsNull: true } => true,
        YamlScalar => (shape & ValueShape.Scalar) != 0,
        YamlMapping => (shape & ValueShape.Mapping) != 0,
        YamlSequence => (shape & ValueShape.Sequence) != 0,
        _ => false,
    };

    private YamlEntry? Require(Dictionary<string, YamlEntry> map, string key, SourceSpan parentKey, string path, string what)
    {
        if (map.TryGetValue(key, out var entry)) return entry;
        ReportMissing(parentKey, path, what);
        return null;
    }

    private void ReportMissing(SourceSpan at, string path, string what) =>
        Report(at, $"missing required key '{path}': {what}");

    private Located<string>? ReadString(Dictionary<string, YamlEntry> map, string key)
    {
        if (!map.TryGetValue(key, out var entry)) return null;
        if (entry.Value is YamlScalar s && !s.IsNull) return new Located<string>(s.Value, s.Value, entry.Key.Span, s.Span);
        Report(entry.Value.Span, $"'{key}' must be a string, not {Describe(entry.Value)}");
        return Located<string>.Invalid(Text(entry.Value), entry.Key.Span, entry.Value.Span);
    }

    private IReadOnlyList<Located<string>> ReadStringList(Dictionary<string, YamlEntry> map, string key, string path)
    {
        var list = new List<Located<string>>();
        if (!map.TryGetValue(key, out var entry)) return list;
        foreach (var item in ReadList(entry, path) ?? Array.Empty<YamlNode>())
        {
            if (item is YamlScalar s && !s.IsNull) list.Add(new Located<string>(s.Value, s.Value, entry.Key.Span, s.Span));
            else Report(item.Span, $"'{path}' items must be strings, not {Describe(item)}");
        }
        return list;
    }

    private IReadOnlyList<YamlNode>? ReadList(YamlEntry entry, string path)
    {
        if (entry.Value is YamlSequence seq) return seq.Items;
        Report(entry.Value.Span, $"'{path}' must be a list, not {Describe(entry.Value)}");
        return null;
    }

    private IReadOnlyList<Located<string>>? ReadWordList(YamlEntry entry, string path, string[] words)
    {
        var items = ReadList(entry, path);
        if (items is null) return null;
        var list = new List<Located<string>>();
        foreach (var item in items)
        {
            list.Add(ReadScalarWord(item, entry.Key.Span, path, words, w => w));
        }
        return list;
    }

    private Located<T> ReadWord<T>(YamlEntry entry, string path, string[] words, Func<string, T> convert) =>
        ReadScalarWord(entry.Value, entry.Key.Span, path, words, convert);

    private Located<T> ReadScalarWord<T>(YamlNode node, SourceSpan keySpan, string path, string[] words, Func<string, T> convert)
    {
        if (node is YamlScalar s && !s.IsNull)
        {
            if (Array.IndexOf(words, s.Value) >= 0) return new Located<T>(convert(s.Value), s.Value, keySpan, s.Span);
            var suggestion = Suggestions.Nearest(s.Value, words);
            Report(s.Span, $"'{path}' does not allow '{s.Value}'; allowed: {string.Join(", ", words)}" + (suggestion != null ? $" (did you mean '{suggestion}'?)" : ""));
            return Located<T>.Invalid(s.Value, keySpan, s.Span);
        }
        Report(node.Span, $"'{path}' must be one of {string.Join(", ", words)}, not {Describe(node)}");
        return Located<T>.Invalid(Text(node), keySpan, node.Span);
    }

    private Located<bool> ReadBool(YamlEntry entry, string path)
    {
        if (entry.Value is YamlScalar s && !s.IsNull)
        {
            switch (s.Value)
            {
                case "true": case "True": case "TRUE": return new Located<bool>(true, s.Value, entry.Key.Span, s.Span);
                case "false": case "False": case "FALSE": return new Located<bool>(false, s.Value, entry.Key.Span, s.Span);
            }
        }
        Report(entry.Value.Span, $"'{path}' must be true or false, not {Describe(entry.Value)}");
        return Located<bool>.Invalid(Text(entry.Value), entry.Key.Span, entry.Value.Span);
    }

    private Located<ProductVersion> ReadVersion(YamlEntry entry, string path) =>
        ReadValue<ProductVersion>(entry, path, "a version major.minor.patch such as 5.6.0", ProductVersion.TryParse);

    private delegate bool TryParse<T>(string text, out T value);

    private Located<T> ReadValue<T>(YamlEntry entry, string path, string expected, TryParse<T> parse, bool malformedIsType = false) =>
        ReadScalarValue(entry.Value, entry.Key.Span, path, expected, parse, malformedIsType);

    /// <summary>Reads a scalar: a non-scalar or empty value is UG1002, a scalar that does not parse is UG1006 (or UG1002 for type errors).</summary>
    private Located<T> ReadScalarValue<T>(YamlNode node, SourceSpan keySpan, string path, string expected, TryParse<T> parse, bool malformedIsType)
    {
        if (node is YamlScalar s && !s.IsNull)
        {
            if (parse(s.Value, out var value)) return new Located<T>(value, s.Value, keySpan, s.Span);
            if (malformedIsType) Report(s.Span, $"'{path}' must be {expected}, not '{s.Value}'");
            else _sink.Report(ManifestFindings.MalformedValue, s.Span, $"'{path}' value '{s.Value}' is malformed: expected {expected}");
            return Located<T>.Invalid(s.Value, keySpan, s.Span);
        }
        Report(node.Span, $"'{path}' must be {expected}, not {Describe(node)}");
        return Located<T>.Invalid(Text(node), keySpan, node.Span);
    }

    private static bool TryParseNodes(string text, out int nodes)
    {
        nodes = 0;
        return text.Length <= 6 && text.All(c => c >= '0' && c <= '9') &&
               int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out nodes) && nodes >= 1;
    }

    private static bool TryParseEngineVersionText(string text, out string value)
    {
        value = text;
        return EngineVersion.TryParse(text, out _);
    }

    private static string Article(string word) => "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

    private static IsoDayOfWeek ToDay(string word) => (IsoDayOfWeek)(Array.IndexOf(DayWords, word) + 1);

    private static string Describe(YamlNode node) => node is YamlScalar s && !s.IsNull ? "'" + s.Value + "'" : node.KindName;

    private static string Text(YamlNode node) => node is YamlScalar s ? s.Value : node.KindName;

    private void Report(SourceSpan span, string message) => _sink.Report(ManifestFindings.InvalidManifest, span, message);
}
