using System;
using System.Collections.Generic;

namespace UpgradeGuard.Core.Manifests;

/// <summary>The keys and words of manifest format v1: what the binder accepts and what an editor offers.</summary>
public static class ManifestSchema
{
    public static readonly string[] RootKeys = { "apiVersion", "kind", "metadata", "product", "cluster", "database", "schedule", "upgrade" };
    public static readonly string[] MetadataKeys = { "name" };
    public static readonly string[] ClusterKeys = { "nodes", "version", "addresses", "tls" };
    public static readonly string[] TlsKeys = { "protocols" };
    public static readonly string[] DatabaseKeys = { "type", "engine", "version", "host", "tls" };
    public static readonly string[] ScheduleKeys = { "start", "timeZone", "window", "businessHours", "holidays" };
    public static readonly string[] BusinessHoursKeys = { "days", "start", "end" };
    public static readonly string[] UpgradeKeys = { "to", "strategy", "steps", "sideBySide" };
    public static readonly string[] SideBySideKeys = { "deployVersion", "addresses", "databaseHost" };
    public static readonly string[] TlsProtocols = { "1.0", "1.1", "1.2", "1.3" };
    public static readonly string[] Engines = { "sqlserver", "azure-sql", "postgresql" };
    public static readonly string[] DayWords = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    public static readonly string[] DatabaseTypes = { "embedded", "external" };
    public static readonly string[] Strategies = { "in-place", "side-by-side" };
    public static readonly string[] OnTimeoutWords = { "alert", "abort", "reboot" };

    /// <summary>The keys of the mapping at a dotted path ("" for the top level), or empty for a path that holds no mapping.</summary>
    public static IReadOnlyList<string> KeysAt(string path) => path switch
    {
        "" => RootKeys,
        "metadata" => MetadataKeys,
        "cluster" => ClusterKeys,
        "cluster.tls" or "database.tls" => TlsKeys,
        "database" => DatabaseKeys,
        "schedule" => ScheduleKeys,
        "schedule.businessHours" => BusinessHoursKeys,
        "upgrade" => UpgradeKeys,
        "upgrade.sideBySide" => SideBySideKeys,
        _ => Array.Empty<string>(),
    };

    /// <summary>True for keys whose value is a mapping or a list written on the following lines.</summary>
    public static bool IsSection(string path) => KeysAt(path).Count > 0 || path == "upgrade.steps";

    /// <summary>The keys a step takes besides its action key.</summary>
    public static IReadOnlyList<string> StepExtraKeys(StepKind kind) => kind switch
    {
        StepKind.Snapshot => new[] { "database", "shutdown" },
        StepKind.Upgrade => new[] { "timeout", "onTimeout" },
        _ => Array.Empty<string>(),
    };
}
