namespace UpgradeGuard.Analyzers.Tests.Infrastructure;

/// <summary>Manifests and catalogs the tests share.</summary>
public static class Samples
{
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

    /// <summary>A one-appliance lab upgraded on a Tuesday at 10:00 (UG5001, a warning, at line 9 on the start value).</summary>
    public static string Lab(string start) => $"""
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

    /// <summary>A catalog with an unknown key (<c>color</c>, at 1:73).</summary>
    public const string BadCatalog = """
        products: [{id: secure-workspace, upgrades: [{from: [5.6.0], to: 5.7.0, {|UG1002:color|}: blue}]}]

        """;
}
