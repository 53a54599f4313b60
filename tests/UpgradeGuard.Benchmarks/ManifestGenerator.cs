using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace UpgradeGuard.Benchmarks;

/// <summary>The kinds of plan the generator writes (before mistakes are added).</summary>
public enum PlanProfile
{
    /// <summary>In-place, embedded database, every hop covered by a snapshot.</summary>
    InPlaceEmbedded,
    /// <summary>In-place, external SQL Server / PostgreSQL / Azure SQL, with database backups and engine upgrades.</summary>
    InPlaceExternal,
    /// <summary>Side-by-side upgrade (cluster on 5.3 or later) with a new environment.</summary>
    SideBySide,
    /// <summary>Old cluster (5.0 / 5.1 / early 5.2): support-assisted hops, audit-log migration.</summary>
    Legacy,
}

/// <summary>One generated manifest.</summary>
/// <param name="Directory">The cluster folder, e.g. <c>cluster-0042</c>.</param>
/// <param name="FileName">The manifest's file name in that folder.</param>
/// <param name="Text">The manifest.</param>
/// <param name="Profile">The kind of plan.</param>
/// <param name="Mistakes">The mistakes deliberately put in (empty for a clean plan).</param>
public sealed record GeneratedManifest(string Directory, string FileName, string Text, PlanProfile Profile, IReadOnlyList<string> Mistakes)
{
    public int LineCount => Text.Count(c => c == '\n');
}

/// <summary>
/// A deterministic pseudo-random source (SplitMix64): the same seed gives the same manifests on every .NET version,
/// which <see cref="System.Random"/> with a seed does not promise.
/// </summary>
public sealed class Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 &lt;= result &lt; max.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>min &lt;= result &lt;= max.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double p) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public Rng Fork(ulong salt) => new Rng(NextUInt64() ^ (salt * 0xD6E8FEB86659FD93UL));
}

/// <summary>
/// Writes realistic upgrade manifests (spec manifest-v1): a mix of clean in-place plans, external databases,
/// side-by-side plans and a share of plans with typical mistakes (skipped hops, missing or partial snapshots,
/// short timeouts, typos, windows in business hours, ...), commented as people comment them, 40 to 200 lines each.
/// Everything follows from the seed.
/// </summary>
public static class ManifestGenerator
{
    public const int MinLines = 40;
    public const int MaxLines = 200;

    /// <summary>Share of manifests that get one to three deliberate mistakes.</summary>
    public const double MistakeShare = 0.25;

    // The supported upgrades (catalog: secure-workspace.catalog.yaml), from -> to.
    private static readonly (string[] From, string To)[] Upgrades =
    {
        (new[] { "5.5.1" }, "5.6.0"),
        (new[] { "5.4.0", "5.4.2", "5.4.4" }, "5.5.1"),
        (new[] { "5.3.3", "5.4.0", "5.4.2" }, "5.4.4"),
        (new[] { "5.2.4", "5.2.5", "5.3.1", "5.3.2" }, "5.3.3"),
        (new[] { "5.1.1", "5.1.3", "5.2.0", "5.2.2", "5.2.3" }, "5.2.5"),
        (new[] { "5.0.6", "5.1.1" }, "5.1.3"),
    };

    /// <summary>The supported path with the fewest hops (breadth-first), as the versions reached.</summary>
    private static List<string> SupportedPath(string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = "" };
        var queue = new Queue<string>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (v == to) break;
            foreach (var (sources, next) in Upgrades)
            {
                if (Array.IndexOf(sources, v) < 0 || previous.ContainsKey(next)) continue;
                previous[next] = v;
                queue.Enqueue(next);
            }
        }
        var path = new List<string>();
        if (!previous.ContainsKey(to)) return path;
        for (var v = to; v != from; v = previous[v]) path.Insert(0, v);
        return path;
    }

    private static readonly string[] ModernVersions = { "5.2.4", "5.2.5", "5.3.1", "5.3.2", "5.3.3", "5.4.0", "5.4.2", "5.4.4", "5.5.1" };
    private static readonly string[] SideBySideVersions = { "5.3.1", "5.3.2", "5.3.3", "5.4.0", "5.4.2", "5.4.4", "5.5.1" };
    private static readonly string[] LegacyVersions = { "5.0.6", "5.1.1", "5.2.0", "5.2.2", "5.2.3" };

    private static readonly string[] Regions = { "prod", "prod", "prod", "dr", "staging", "lab", "acc", "test" };
    private static readonly string[] Areas = { "emea", "us", "apac", "latam", "nordics", "benelux", "dach", "uk", "ca", "anz" };
    private static readonly string[] Sites = { "ant", "bru", "ams", "fra", "lon", "ord", "iad", "sjc", "sin", "syd", "tyo", "gru", "yyz", "dub", "sto" };
    private static readonly string[] TimeZones =
    {
        "Europe/Brussels", "Europe/Amsterdam", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Stockholm",
        "America/Chicago", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo", "America/Toronto",
        "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Europe/Dublin",
    };
    private static readonly string[] People =
    {
        "a.peeters", "j.janssens", "m.devries", "s.bakker", "k.smith", "r.garcia", "l.chen", "t.nakamura",
        "e.murphy", "p.rossi", "h.schmidt", "n.andersson", "d.oconnor", "f.dubois", "b.wilson",
    };
    private static readonly string[] Teams = { "EUC team", "Workplace Ops", "Infra Platform", "Service Desk L2", "DBA team", "Network team" };

    /// <summary>Writes <paramref name="count"/> manifests into <c>DIR/cluster-XXXX/NAME.upgrade.yaml</c>; returns totals.</summary>
    public static (int Files, long Bytes, long Lines, Dictionary<string, int> ByKind) WriteTree(string root, int count, ulong seed)
    {
        Directory.CreateDirectory(root);
        long bytes = 0, lines = 0;
        var byKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var utf8 = new UTF8Encoding(false);
        for (int i = 0; i < count; i++)
        {
            var m = Generate(i, seed);
            var dir = Path.Combine(root, m.Directory);
            Directory.CreateDirectory(dir);
            var data = utf8.GetBytes(m.Text);
            File.WriteAllBytes(Path.Combine(dir, m.FileName), data);
            bytes += data.Length;
            lines += m.LineCount;
            var kind = m.Profile + (m.Mistakes.Count > 0 ? "+mistakes" : "");
            byKind[kind] = byKind.TryGetValue(kind, out var n) ? n + 1 : 1;
        }
        return (count, bytes, lines, byKind);
    }

    /// <summary>The manifest number <paramref name="index"/> of the set generated from <paramref name="seed"/>.</summary>
    public static GeneratedManifest Generate(int index, ulong seed)
    {
        var rng = new Rng(seed).Fork((ulong)index + 1);
        int roll = rng.Next(100);
        var profile = roll < 35 ? PlanProfile.InPlaceEmbedded
            : roll < 65 ? PlanProfile.InPlaceExternal
            : roll < 92 ? PlanProfile.SideBySide
            : PlanProfile.Legacy;
        int target = rng.Between(MinLines, MaxLines);
        int mistakes = rng.Chance(MistakeShare) ? rng.Between(1, 3) : 0;
        return Generate(index, profile, target, mistakes, rng);
    }

    /// <summary>One manifest of a given profile and about <paramref name="targetLines"/> lines (for micro-benchmarks).</summary>
    public static GeneratedManifest Generate(PlanProfile profile, int targetLines, int mistakes, ulong seed) =>
        Generate(0, profile, targetLines, mistakes, new Rng(seed));

    private static GeneratedManifest Generate(int index, PlanProfile profile, int targetLines, int mistakeCount, Rng rng)
    {
        var plan = BuildPlan(index, profile, rng);
        var applied = new List<string>();
        for (int i = 0; i < mistakeCount; i++)
        {
            var what = AddMistake(plan, applied, rng);
            if (what != null) applied.Add(what);
        }
        var text = Render(plan, targetLines, rng);
        return new GeneratedManifest($"cluster-{index:D4}", plan.Name + ".upgrade.yaml", text, profile, applied);
    }

    // ------------------------------------------------------------------ model

    private sealed class Step
    {
        public Step(string action, string value, string? comment = null)
        {
            Action = action;
            Value = value;
            Comment = comment;
        }

        public string Action { get; set; }
        public string Value { get; set; }
        public string? Comment { get; set; }
        public List<(string Key, string Value)> Extra { get; } = new List<(string, string)>();
        public bool IsUpgrade => Action == "upgrade";
    }

    private sealed class Plan
    {
        public string Name = "";
        public string Region = "";
        public string Site = "";
        public string Owner = "";
        public string Team = "";
        public int Nodes;
        public string Version = "";
        public List<string> Addresses = new List<string>();
        public bool AddressesBlock;
        public string[]? ClusterTls;
        public string? Product;
        public string? DbType;
        public string? DbEngine;
        public string? DbVersion;
        public string? DbHost;
        public string[]? DbTls;
        public string? Start;
        public string? TimeZone;
        public string? Window;
        public string[]? BusinessDays;
        public (string Start, string End)? BusinessHours;
        public string[]? Holidays;
        public bool HolidaysBlock;
        public string To = "5.6.0";
        public string? Strategy;
        public string? DeployVersion;
        public List<string>? NewAddresses;
        public string? NewDbHost;
        public List<Step> Steps = new List<Step>();
        public bool WriteSteps = true;
        public int EstimateMinutes;
        public Dictionary<string, string> KeyTypos = new Dictionary<string, string>(StringComparer.Ordinal);
        public string? Suppression;

        public string Key(string key) => KeyTypos.TryGetValue(key, out var typo) ? typo : key;
    }

    private static int MinutesPerAppliance(string to) => to switch
    {
        "5.4.4" => 60,
        "5.1.3" => 45,
        _ => 15,
    };

    private static Plan BuildPlan(int index, PlanProfile profile, Rng rng)
    {
        var p = new Plan
        {
            Region = rng.Pick(Regions),
            Site = rng.Pick(Sites),
            Owner = rng.Pick(People),
            Team = rng.Pick(Teams),
        };
        p.Name = $"{p.Region}-{rng.Pick(Areas)}-{p.Site}{index % 100:D2}";
        p.Nodes = p.Region == "prod" ? rng.Between(2, 12) : rng.Between(1, 4);
        p.Version = profile switch
        {
            PlanProfile.SideBySide => rng.Pick(SideBySideVersions),
            PlanProfile.Legacy => rng.Pick(LegacyVersions),
            _ => rng.Pick(ModernVersions),
        };
        if (rng.Chance(0.2)) p.Product = rng.Pick(new[] { "secure-workspace", "awingu", "parallels-secure-workspace" });

        int net = rng.Between(10, 250), subnet = rng.Between(1, 250), host = rng.Between(10, 200 - p.Nodes);
        string prefix = rng.Chance(0.5) ? $"10.{net}.{subnet}." : $"172.{rng.Between(16, 31)}.{subnet}.";
        if (rng.Chance(0.85))
        {
            for (int i = 0; i < p.Nodes; i++) p.Addresses.Add(prefix + (host + i).ToString(CultureInfo.InvariantCulture));
            p.AddressesBlock = p.Nodes > 4 || rng.Chance(0.3);
        }
        if (rng.Chance(0.5)) p.ClusterTls = rng.Chance(0.8) ? new[] { "1.2" } : new[] { "1.2", "1.3" };

        // Target: mostly the latest version; some plans stop earlier (a freeze, a database that cannot follow).
        p.To = "5.6.0";
        if (rng.Chance(0.08) && Compare(p.Version, "5.4.4") < 0) p.To = "5.4.4";
        else if (rng.Chance(0.06) && Compare(p.Version, "5.5.1") < 0) p.To = "5.5.1";

        var hops = SupportedPath(p.Version, p.To);

        bool external = profile == PlanProfile.InPlaceExternal || (profile != PlanProfile.InPlaceEmbedded && rng.Chance(0.45));
        string? dbUpgradeTo = null;
        if (external)
        {
            p.DbType = "external";
            bool reachesModern = Compare(p.To, "5.5.0") >= 0;
            int engineRoll = rng.Next(100);
            if (!reachesModern && engineRoll >= 70)
            {
                // PostgreSQL / Azure SQL are supported up to 5.4.x only, so such clusters stop at 5.4.4.
                p.DbEngine = engineRoll < 88 ? "postgresql" : "azure-sql";
                p.DbVersion = p.DbEngine == "postgresql" ? rng.Pick(new[] { "9.6", "11", "13", "14.10", "15.4" }) : "12.0";
            }
            else
            {
                p.DbEngine = "sqlserver";
                bool modernNow = Compare(p.Version, "5.5.0") >= 0;
                var choices = modernNow ? new[] { "2019", "15.0", "2022", "16.0", "15.0.4345" } : new[] { "2016", "13.0", "2017", "14.0", "2019", "15.0" };
                p.DbVersion = rng.Pick(choices);
                if (reachesModern && DbMajor(p.DbVersion) < 15) dbUpgradeTo = rng.Pick(new[] { "15.0", "2019" });
            }
            p.DbHost = rng.Chance(0.8) ? $"sql-{p.Site}{rng.Between(1, 9)}-{rng.Between(1, 30):D2}.{rng.Pick(Areas)}.corp.example" : null;
            if (rng.Chance(0.9)) p.DbTls = rng.Chance(0.7) ? new[] { "1.2" } : new[] { "1.0", "1.1", "1.2" };
        }
        else if (rng.Chance(0.6))
        {
            p.DbType = "embedded";
        }

        if (profile == PlanProfile.SideBySide)
        {
            p.Strategy = "side-by-side";
            p.DeployVersion = p.Version;
            p.NewAddresses = new List<string>();
            int newHost = host + p.Nodes + rng.Between(5, 40);
            int newCount = Math.Max(1, p.Nodes - rng.Next(2));
            for (int i = 0; i < newCount; i++) p.NewAddresses.Add(prefix + (newHost + i).ToString(CultureInfo.InvariantCulture));
            if (external) p.NewDbHost = $"sql-{p.Site}{rng.Between(1, 9)}-{rng.Between(31, 60):D2}.new.corp.example";
        }
        else if (rng.Chance(0.3))
        {
            p.Strategy = "in-place";
        }

        BuildSteps(p, profile, hops, external, dbUpgradeTo, rng);
        BuildSchedule(p, rng);
        if (rng.Chance(0.03)) p.Suppression = rng.Pick(new[] { "UG2004", "UG5002", "UG3002", "UG4002" });
        return p;
    }

    private static void BuildSteps(Plan p, PlanProfile profile, List<string> hops, bool external, string? dbUpgradeTo, Rng rng)
    {
        bool sideBySide = profile == PlanProfile.SideBySide;
        if (!sideBySide && hops.Count == 1 && rng.Chance(0.03))
        {
            // A single direct hop written without steps: allowed by the spec.
            p.WriteSteps = false;
            p.EstimateMinutes = p.Nodes * MinutesPerAppliance(hops[0]);
            return;
        }
        if (rng.Chance(0.55)) p.Steps.Add(new Step("notify-users", Quote(rng.Pick(NotifyTexts))));
        if (sideBySide)
        {
            p.Steps.Add(new Step("environment-backup", "true"));
            if (external) p.Steps.Add(new Step("backup-database", "true", rng.Chance(0.3) ? "full backup, copy restored on the new server" : null));
        }
        bool listNames = rng.Chance(0.1);
        string previous = p.Version;
        foreach (var to in hops)
        {
            if (external && dbUpgradeTo != null && Compare(to, "5.5.0") >= 0)
            {
                // The engine must move to 15.0 before the cluster goes to 5.5 (5.4.x supports up to 15.0).
                var bak = new Step("backup-database", "true", "before the engine upgrade");
                p.Steps.Add(bak);
                p.Steps.Add(new Step("upgrade-database", Quote(dbUpgradeTo), "DBA runs this; ~30 min"));
                dbUpgradeTo = null;
            }
            if (to == "5.1.3") p.Steps.Add(new Step("migrate-audit-logs", "true", "required before 5.1.3"));
            var snap = new Step("snapshot", listNames ? FlowList(Enumerable.Range(1, p.Nodes).Select(i => $"{p.Site}-sw{i:D2}")) : "all");
            if (external) snap.Extra.Add(("database", "true"));
            p.Steps.Add(snap);
            int perAppliance = MinutesPerAppliance(to);
            int estimate = p.Nodes * perAppliance;
            p.EstimateMinutes += estimate;
            var up = new Step("upgrade", to, rng.Chance(0.35) ? $"{previous} -> {to}, ~{perAppliance} min per appliance" : null);
            if (rng.Chance(0.45))
            {
                up.Extra.Add(("timeout", FormatDuration(RoundUp(estimate * 3 / 2, 15), rng)));
                if (rng.Chance(0.6)) up.Extra.Add(("onTimeout", rng.Chance(0.7) ? "alert" : "abort"));
            }
            p.Steps.Add(up);
            if (rng.Chance(0.08)) p.Steps.Add(new Step("reboot", "all", "clears the stale session cache"));
            previous = to;
        }
        if (sideBySide)
        {
            p.Steps.Add(new Step("switch-traffic", "true", rng.Chance(0.4) ? "DNS TTL lowered to 60 s the day before" : null));
            p.Steps.Add(new Step("decommission", "true"));
        }
    }

    private static void BuildSchedule(Plan p, Rng rng)
    {
        if (rng.Chance(0.04)) return; // not scheduled yet
        p.TimeZone = rng.Pick(TimeZones);
        // Saturdays and Sundays from 2026-12-05 (a Saturday) on, in the evening.
        var day = new DateTime(2026, 12, 5).AddDays(7 * rng.Next(10) + (rng.Chance(0.2) ? 1 : 0));
        int hour = day.DayOfWeek == DayOfWeek.Sunday ? rng.Between(6, 8) : rng.Between(18, 22);
        int minute = rng.Chance(0.8) ? 0 : 30;
        p.Start = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + $"T{hour:D2}:{minute:D2}";
        if (rng.Chance(0.05) && p.TimeZone.StartsWith("Europe/", StringComparison.Ordinal) && p.TimeZone != "Europe/London" && p.TimeZone != "Europe/Dublin")
        {
            // An explicit offset as well as the zone (allowed; central Europe is on +01:00 in December).
            p.Start += "+01:00";
        }
        // The booked window covers the whole job (for side-by-side: on the new environment).
        int window = RoundUp(p.EstimateMinutes + rng.Between(2, 6) * 15, 30);
        p.Window = FormatDuration(window, rng);
        if (rng.Chance(0.35))
        {
            p.BusinessDays = rng.Chance(0.8) ? new[] { "mon", "tue", "wed", "thu", "fri" } : new[] { "mon", "tue", "wed", "thu", "fri", "sat" };
            p.BusinessHours = rng.Chance(0.5) ? ("08:00", "18:00") : (rng.Pick(new[] { "07:00", "07:30", "08:30" }), rng.Pick(new[] { "17:00", "18:30", "19:00" }));
            if (p.BusinessDays.Length == 6 && hour < 20) p.Start = p.Start!.Substring(0, 11) + "20:00";
        }
        if (rng.Chance(0.4))
        {
            var all = new[] { "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01", "2027-01-06", "2027-04-05", "2027-05-01" };
            p.Holidays = all.Take(rng.Between(2, all.Length)).ToArray();
            p.HolidaysBlock = rng.Chance(0.5);
        }
    }

    // ------------------------------------------------------------------ mistakes

    private static readonly string[] MistakeKinds =
    {
        "skipped-hop", "missing-snapshot", "partial-snapshot", "short-timeout", "typo-key", "short-window",
        "business-hours", "database-out-of-range", "database-tls", "reboot-on-timeout", "snapshot-no-shutdown",
        "unknown-version", "backwards-hop", "missing-time-zone", "side-by-side-reuse", "missing-database-backup",
        "missing-audit-log-migration", "wrong-api-version",
    };

    private static string? AddMistake(Plan p, List<string> applied, Rng rng)
    {
        for (int attempt = 0; attempt < 6; attempt++)
        {
            var kind = rng.Pick(MistakeKinds);
            if (applied.Contains(kind)) continue;
            if (TryMistake(p, kind, rng)) return kind;
        }
        return null;
    }

    private static bool TryMistake(Plan p, string kind, Rng rng)
    {
        var upgrades = p.Steps.Where(s => s.IsUpgrade).ToList();
        switch (kind)
        {
            case "skipped-hop":
                if (upgrades.Count < 2) return false;
                {
                    // Drop an intermediate hop and its snapshot: e.g. 5.3.2 -> 5.4.4 becomes 5.3.2 -> 5.5.1.
                    var victim = upgrades[rng.Next(upgrades.Count - 1)];
                    int at = p.Steps.IndexOf(victim);
                    p.Steps.RemoveAt(at);
                    if (at > 0 && p.Steps[at - 1].Action == "snapshot") p.Steps.RemoveAt(at - 1);
                    return true;
                }
            case "missing-snapshot":
                {
                    var snaps = p.Steps.Where(s => s.Action == "snapshot").ToList();
                    if (snaps.Count == 0) return false;
                    p.Steps.Remove(rng.Pick(snaps));
                    return true;
                }
            case "partial-snapshot":
                {
                    var snaps = p.Steps.Where(s => s.Action == "snapshot").ToList();
                    if (snaps.Count == 0 || p.Nodes < 2) return false;
                    rng.Pick(snaps).Value = FlowList(Enumerable.Range(1, p.Nodes - 1).Select(i => $"{p.Site}-sw{i:D2}"));
                    return true;
                }
            case "short-timeout":
                {
                    if (upgrades.Count == 0) return false;
                    var up = rng.Pick(upgrades);
                    up.Extra.RemoveAll(e => e.Key == "timeout");
                    up.Extra.Insert(0, ("timeout", Math.Max(1, p.Nodes * MinutesPerAppliance(up.Value) / 3).ToString(CultureInfo.InvariantCulture) + "m"));
                    return true;
                }
            case "typo-key":
                {
                    var typos = new (string, string)[]
                    {
                        ("timeZone", "timezone"), ("addresses", "adresses"), ("strategy", "stratgey"), ("version", "verison"),
                        ("window", "windows"), ("businessHours", "businesshours"), ("protocols", "protocol"), ("onTimeout", "ontimeout"),
                    };
                    var (key, typo) = rng.Pick(typos);
                    if (p.KeyTypos.ContainsKey(key)) return false;
                    p.KeyTypos[key] = typo;
                    return true;
                }
            case "short-window":
                if (p.Window == null || p.EstimateMinutes < 60) return false;
                p.Window = FormatDuration(RoundUp(p.EstimateMinutes / 2, 30), rng);
                return true;
            case "business-hours":
                if (p.Start == null || p.Strategy == "side-by-side") return false;
                // A Tuesday or Wednesday morning.
                p.Start = new DateTime(2026, 12, 8).AddDays(rng.Next(2) + 7 * rng.Next(4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00";
                return true;
            case "database-out-of-range":
                if (p.DbEngine != "sqlserver" || Compare(p.To, "5.5.0") < 0) return false;
                {
                    int n = p.Steps.RemoveAll(s => s.Action == "upgrade-database");
                    p.DbVersion = rng.Pick(new[] { "2016", "2017", "13.0" });
                    if (n == 0 && Compare(p.Version, "5.5.0") >= 0) p.DbVersion = "2017";
                    return true;
                }
            case "database-tls":
                if (p.DbType != "external") return false;
                p.DbTls = new[] { "1.0", "1.1" };
                return true;
            case "reboot-on-timeout":
                {
                    if (upgrades.Count == 0) return false;
                    var up = rng.Pick(upgrades);
                    if (!up.Extra.Any(e => e.Key == "timeout")) up.Extra.Add(("timeout", FormatDuration(RoundUp(p.Nodes * MinutesPerAppliance(up.Value) * 2, 15), rng)));
                    up.Extra.RemoveAll(e => e.Key == "onTimeout");
                    up.Extra.Add(("onTimeout", "reboot"));
                    return true;
                }
            case "snapshot-no-shutdown":
                {
                    var snaps = p.Steps.Where(s => s.Action == "snapshot" && !s.Extra.Any(e => e.Key == "shutdown")).ToList();
                    if (snaps.Count == 0) return false;
                    rng.Pick(snaps).Extra.Add(("shutdown", "false"));
                    return true;
                }
            case "unknown-version":
                if (upgrades.Count == 0) return false;
                rng.Pick(upgrades).Value = rng.Pick(new[] { "5.4.3", "5.5.0", "5.3.4", "5.6.1" });
                return true;
            case "backwards-hop":
                if (upgrades.Count == 0) return false;
                {
                    var up = upgrades[0];
                    int at = p.Steps.IndexOf(up);
                    p.Steps.Insert(at, new Step("upgrade", p.Version, "re-apply the current build first"));
                    return true;
                }
            case "missing-time-zone":
                if (p.Start == null || p.Start.Contains("+")) return false;
                p.TimeZone = null;
                return true;
            case "side-by-side-reuse":
                if (p.Strategy != "side-by-side" || p.NewAddresses == null || p.Addresses.Count == 0) return false;
                if (rng.Chance(0.5)) p.NewAddresses[0] = p.Addresses[0];
                else p.DeployVersion = "5.6.0";
                return true;
            case "missing-database-backup":
                if (p.DbType != "external") return false;
                p.Steps.RemoveAll(s => s.Action == "backup-database");
                foreach (var s in p.Steps) s.Extra.RemoveAll(e => e.Key == "database");
                return true;
            case "missing-audit-log-migration":
                return p.Steps.RemoveAll(s => s.Action == "migrate-audit-logs") > 0;
            case "wrong-api-version":
                p.KeyTypos["@apiVersion"] = rng.Pick(new[] { "upgradeguard/v2", "upgradeguard/v1beta1", "v1" });
                return true;
            default:
                return false;
        }
    }

    // ------------------------------------------------------------------ rendering

    private static readonly string[] NotifyTexts =
    {
        "Secure Workspace maintenance this weekend; sessions will be closed.",
        "The workspace portal is unavailable during the maintenance window.",
        "Please save your work and sign out before the maintenance starts.",
        "Do not share files until Monday",
        "Planned maintenance: expect a short interruption when traffic switches.",
    };

    private static readonly string[] StepNotes =
    {
        "check the health page on every node before going on",
        "verify SAML login with a test account",
        "keep the load balancer drained until the last node is back",
        "the DBA is on the bridge for this one",
        "lab run took {0} min per appliance",
        "if a node hangs, open a P2 with vendor support (contract {1})",
        "watch the audit-log queue; it spikes after the restart",
        "screenshot the version page for the change record",
        "go/no-go call with the service owner here",
        "confirm the HTML5 client reconnects",
        "compare the app catalog count with the pre-check ({0} apps)",
        "license server check: expected {0} seats",
    };

    private static readonly string[] HeaderNotes =
    {
        "Change {1}: approved by the CAB on {2}.",
        "Owner: {3} ({4}); backup: {5}.",
        "{2} {3}: moved the window after the DBA freeze.",
        "{2} {5}: added the database backup the DBA asked for.",
        "Rollback: restore the snapshots taken before the failed hop, then the database backup.",
        "Users are told 48h in advance via the portal banner and the intranet.",
        "Runbook: https://wiki.corp.example/euc/secure-workspace/upgrade-{0}",
        "Vendor case: {1}, opened for the 5.4 OS upgrade questions.",
        "Monitoring is muted for the whole window (Zabbix maintenance {0}).",
        "The DR copy is refreshed the week after, not part of this plan.",
        "Load balancer: F5 pool sw-{0}, drained node by node.",
        "Capacity: about {0}0 concurrent users at peak.",
        "{2} {3}: timings from the lab run added to the steps.",
        "Keep this file in sync with the change ticket; CI lints it on every push.",
    };

    private sealed class Lines
    {
        public readonly List<string> Text = new List<string>();
        // Places where a full-line comment may go, by index into Text, with the indentation to use.
        public readonly List<(int At, int Indent, bool InSteps)> Slots = new List<(int, int, bool)>();

        public void Slot(int indent, bool inSteps = false) => Slots.Add((Text.Count, indent, inSteps));

        public void Add(string line) => Text.Add(line);
    }

    private static string Render(Plan p, int targetLines, Rng rng)
    {
        var l = new Lines();
        // Header comment, always at least one line.
        l.Add($"# {Title(p)}");
        l.Slot(0);
        if (p.Suppression != null) l.Add($"# upgrade-guard: disable-file {p.Suppression} -- accepted by {p.Owner}, see the change ticket");
        l.Add($"apiVersion: {(p.KeyTypos.TryGetValue("@apiVersion", out var api) ? api : "upgradeguard/v1")}");
        l.Add("kind: UpgradePlan");
        l.Add("metadata:");
        l.Add($"  name: {p.Name}");
        if (p.Product != null) l.Add($"product: {p.Product}");
        l.Slot(0);
        l.Add("cluster:");
        l.Add($"  nodes: {p.Nodes}" + (rng.Chance(0.3) ? $"                        # {rng.Pick(new[] { "VMware, 8 vCPU / 16 GB each", "behind the F5 pair", "one per rack", "Hyper-V hosts" })}" : ""));
        l.Add($"  {p.Key("version")}: {p.Version}");
        if (p.Addresses.Count > 0)
        {
            if (p.AddressesBlock)
            {
                l.Add($"  {p.Key("addresses")}:");
                foreach (var a in p.Addresses) l.Add($"    - {a}");
            }
            else l.Add($"  {p.Key("addresses")}: {FlowList(p.Addresses)}");
        }
        if (p.ClusterTls != null)
        {
            l.Add("  tls:");
            l.Add($"    {p.Key("protocols")}: {QuotedList(p.ClusterTls)}");
        }
        if (p.DbType != null)
        {
            l.Slot(0);
            l.Add("database:");
            l.Add($"  type: {p.DbType}");
            if (p.DbEngine != null)
            {
                l.Add($"  engine: {p.DbEngine}");
                l.Add($"  version: {Quote(p.DbVersion!)}" + (rng.Chance(0.3) ? $"                 # {rng.Pick(new[] { "CU22", "Always On AG", "managed by the DBA team", "see DBA-" + rng.Between(1000, 9999) })}" : ""));
                if (p.DbHost != null) l.Add($"  host: {p.DbHost}");
                if (p.DbTls != null)
                {
                    l.Add("  tls:");
                    l.Add($"    {p.Key("protocols")}: {QuotedList(p.DbTls)}");
                }
            }
        }
        if (p.Start != null)
        {
            l.Slot(0);
            l.Add("schedule:");
            l.Add($"  start: {p.Start}");
            if (p.TimeZone != null) l.Add($"  {p.Key("timeZone")}: {p.TimeZone}");
            if (p.Window != null) l.Add($"  {p.Key("window")}: {p.Window}");
            if (p.BusinessHours is { } bh)
            {
                l.Add($"  {p.Key("businessHours")}:");
                l.Add($"    days: {FlowList(p.BusinessDays!)}");
                l.Add($"    start: \"{bh.Start}\"");
                l.Add($"    end: \"{bh.End}\"");
            }
            if (p.Holidays != null)
            {
                if (p.HolidaysBlock)
                {
                    l.Add("  holidays:");
                    foreach (var h in p.Holidays) l.Add($"    - {h}");
                }
                else l.Add($"  holidays: {FlowList(p.Holidays)}");
            }
        }
        l.Slot(0);
        l.Add("upgrade:");
        l.Add($"  to: {p.To}");
        if (p.Strategy != null) l.Add($"  {p.Key("strategy")}: {p.Strategy}");
        if (p.DeployVersion != null)
        {
            l.Add("  sideBySide:");
            l.Add($"    deployVersion: {p.DeployVersion}");
            l.Add($"    addresses: {FlowList(p.NewAddresses!)}");
            if (p.NewDbHost != null) l.Add($"    databaseHost: {p.NewDbHost}");
        }
        if (p.WriteSteps && p.Steps.Count > 0)
        {
            l.Add("  steps:");
            foreach (var s in p.Steps)
            {
                l.Slot(4, inSteps: true);
                string first = $"    - {s.Action}: {s.Value}";
                if (s.Comment != null) first = first.PadRight(34) + " # " + s.Comment;
                l.Add(first);
                foreach (var (key, value) in s.Extra) l.Add($"      {(key == "onTimeout" ? p.Key("onTimeout") : key)}: {value}");
            }
        }
        l.Slot(0);

        FillComments(l, p, targetLines, rng);
        var sb = new StringBuilder(l.Text.Count * 32);
        foreach (var line in l.Text) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    private static void FillComments(Lines l, Plan p, int targetLines, Rng rng)
    {
        int deficit = targetLines - l.Text.Count;
        if (deficit <= 0) return;
        // Decide how many comment lines go in each slot: the header takes a share, the rest is spread.
        var counts = new int[l.Slots.Count];
        int header = Math.Min(deficit, rng.Between(2, 6) + deficit / 3);
        counts[0] = header;
        for (int i = 0; i < deficit - header; i++)
        {
            // Prefer step slots (runbook notes) when there are any.
            int slot = rng.Chance(0.6) ? PickStepSlot(l, rng) : rng.Next(l.Slots.Count);
            counts[slot]++;
        }
        // Insert from the last slot backwards so earlier indexes stay valid.
        for (int s = l.Slots.Count - 1; s >= 0; s--)
        {
            if (counts[s] == 0) continue;
            var (at, indent, inSteps) = l.Slots[s];
            var block = new List<string>(counts[s]);
            var pool = s == 0 ? HeaderNotes : inSteps ? StepNotes : HeaderNotes;
            for (int k = 0; k < counts[s]; k++)
            {
                if (s == 0 && k == 0) { block.Add("#"); continue; }
                var text = string.Format(CultureInfo.InvariantCulture, rng.Pick(pool),
                    rng.Between(2, 180), $"CHG-{rng.Between(10000, 99999)}", $"2026-{rng.Between(9, 11):D2}-{rng.Between(1, 28):D2}",
                    p.Owner, p.Team, rng.Pick(People));
                block.Add(new string(' ', indent) + "# " + text);
            }
            l.Text.InsertRange(at, block);
        }
    }

    private static int PickStepSlot(Lines l, Rng rng)
    {
        int steps = 0;
        foreach (var slot in l.Slots) if (slot.InSteps) steps++;
        if (steps == 0) return rng.Next(l.Slots.Count);
        int pick = rng.Next(steps);
        for (int i = 0; i < l.Slots.Count; i++)
        {
            if (!l.Slots[i].InSteps) continue;
            if (pick-- == 0) return i;
        }
        return 0;
    }

    private static string Title(Plan p)
    {
        string env = p.Region switch
        {
            "prod" => "Production",
            "dr" => "Disaster recovery",
            "staging" => "Staging",
            "lab" => "Lab",
            "acc" => "Acceptance",
            _ => "Test",
        };
        return $"{env} {p.Name}: {p.Nodes} appliance{(p.Nodes == 1 ? "" : "s")} in {p.Site.ToUpperInvariant()}, {p.Version} -> {p.To}.";
    }

    // ------------------------------------------------------------------ helpers

    private static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string QuotedList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => "\"" + i + "\"")) + "]";

    private static string Quote(string s) => "\"" + s.Replace("\"", "\\\"") + "\"";

    private static int RoundUp(int minutes, int unit) => Math.Max(unit, (minutes + unit - 1) / unit * unit);

    private static string FormatDuration(int minutes, Rng rng)
    {
        if (rng.Chance(0.08)) return minutes % 60 == 0 ? $"PT{minutes / 60}H" : $"PT{minutes / 60}H{minutes % 60}M";
        if (minutes % 60 == 0) return $"{minutes / 60}h";
        if (minutes < 120 || rng.Chance(0.3)) return $"{minutes}m";
        return $"{minutes / 60}h{minutes % 60}m";
    }

    private static int Compare(string a, string b)
    {
        var x = a.Split('.');
        var y = b.Split('.');
        for (int i = 0; i < 3; i++)
        {
            int c = int.Parse(x[i], CultureInfo.InvariantCulture).CompareTo(int.Parse(y[i], CultureInfo.InvariantCulture));
            if (c != 0) return c;
        }
        return 0;
    }

    private static int DbMajor(string version) => version switch
    {
        "2016" => 13,
        "2017" => 14,
        "2019" => 15,
        "2022" => 16,
        _ => int.Parse(version.Split('.')[0], CultureInfo.InvariantCulture),
    };
}
