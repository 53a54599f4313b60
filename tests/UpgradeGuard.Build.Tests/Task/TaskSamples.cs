using System.IO;
using UpgradeGuard.Build.Tests.Infrastructure;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>Manifests and catalogs the task's tests share (the analyzer's tests use the same ones).</summary>
public static class TaskSamples
{
    /// <summary>samples/notargets-repo/clusters/amsterdam.upgrade.yaml: UG4001 at (19,7) and UG2001 at (19,16), both errors.</summary>
    public static string Amsterdam { get; } = Path.Combine(RepositoryPaths.Root, "samples", "notargets-repo", "clusters", "amsterdam.upgrade.yaml");

    /// <summary>No finding.</summary>
    public const string Clean = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 2
          version: 5.5.1
        database:
          type: embedded
        schedule:
          start: 2026-12-05T21:00
          timeZone: Europe/Dublin
          window: 2h
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0

        """;

    /// <summary>The start of <see cref="Lab"/>'s UG5001 (a warning in the Schedule category): line 9, columns 10 to 26.</summary>
    public const int LabLine = 9;
    public const int LabColumn = 10;
    public const int LabEndColumn = 26;

    /// <summary>A one-appliance lab upgraded on a Tuesday at 10:00: UG5001 on the start value, nothing else.</summary>
    public static string Lab(string start = "2026-12-01T10:00") => $"""
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        database:
          type: embedded
        schedule:
          start: {start}
          timeZone: Europe/Amsterdam
          window: 1h
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0

        """;

    /// <summary>A clean plan to 5.5.1, which is not the latest: UG2006 (info) at (11,7)-(11,12) and nothing else.</summary>
    public const string NotLatest = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.4.4
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 1h
        upgrade:
          to: 5.5.1
          steps:
            - snapshot: all
            - upgrade: 5.5.1

        """;
}
