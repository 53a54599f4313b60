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

    /// <summary>5.6.0 -> 5.7.0: unknown to the built-in catalog (UG2002 at (10,7) and (13,16)), known with <see cref="Catalog570"/>.</summary>
    public static string To570(string target = "5.7.0", string step = "5.7.0") => $"""
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.6.0
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: {target}
          steps:
            - snapshot: all
            - upgrade: {step}
              timeout: 30m
              onTimeout: abort

        """;

    public const string Catalog570 = """
        products: [{id: secure-workspace, upgrades: [{from: [5.6.0], to: 5.7.0}], databases: {support: [{clusterVersions: [5.7.x], sqlserver: {min: "15.0", max: "16.0"}}]}}]

        """;

    /// <summary>A catalog with an unknown key (<c>color</c>, UG1002 at 1:73).</summary>
    public const string BadCatalog = """
        products: [{id: secure-workspace, upgrades: [{from: [5.6.0], to: 5.7.0, color: blue}]}]

        """;
}
