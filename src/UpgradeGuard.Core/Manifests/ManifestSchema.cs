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

    /// <summary>The keys whose value is a list (a YAML sequence).</summary>
    private static readonly string[] ListPaths =
    {
        "cluster.addresses", "cluster.tls.protocols", "database.tls.protocols", "schedule.businessHours.days",
        "schedule.holidays", "upgrade.steps", "upgrade.sideBySide.addresses",
    };

    /// <summary>The shape of the value the key at a dotted path takes: a mapping, a list or a scalar.</summary>
    public static ValueShape ShapeAt(string path) =>
        KeysAt(path).Count > 0 ? ValueShape.Mapping : Array.IndexOf(ListPaths, path) >= 0 ? ValueShape.Sequence : ValueShape.Scalar;

    /// <summary>The shape of a step action's value: <c>snapshot</c> takes <c>all</c> or a list of appliances, the others a scalar.</summary>
    public static ValueShape StepActionShape(string action) => action == "snapshot" ? ValueShape.Scalar | ValueShape.Sequence : ValueShape.Scalar;

    /// <summary>True for keys whose value is a mapping or a list written on the following lines.</summary>
    public static bool IsSection(string path) => KeysAt(path).Count > 0 || path == "upgrade.steps";

    /// <summary>The keys a step takes besides its action key.</summary>
    public static IReadOnlyList<string> StepExtraKeys(StepKind kind) => kind switch
    {
        StepKind.Snapshot => SnapshotExtraKeys,
        StepKind.Upgrade => UpgradeExtraKeys,
        _ => Array.Empty<string>(),
    };

    private static readonly string[] SnapshotExtraKeys = { "database", "shutdown" };
    private static readonly string[] UpgradeExtraKeys = { "timeout", "onTimeout" };
}

/// <summary>The shapes a YAML value can take (a key may take more than one).</summary>
[Flags]
public enum ValueShape
{
    Scalar = 1,
    Mapping = 2,
    Sequence = 4,
}
