namespace UpgradeGuard.Tests.Shared;

/// <summary>A release newer than the tests' fixture catalog (tests/fixtures): 5.6.0 -> 5.7.0, known only with <see cref="Catalog"/>.</summary>
public static class NextRelease
{
    /// <summary>A plan 5.6.0 -> <paramref name="target"/> with one upgrade step (UG2002 at (10,7) and (13,16) without the catalog).</summary>
    public static string Manifest(string target = "5.7.0", string step = "5.7.0") => $"""
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

    /// <summary>An extra catalog adding the 5.6.0 -> 5.7.0 upgrade and the database range of 5.7.x.</summary>
    public const string Catalog = """
        products: [{id: secure-workspace, upgrades: [{from: [5.6.0], to: 5.7.0}], databases: {support: [{clusterVersions: [5.7.x], sqlserver: {min: "15.0", max: "16.0"}}]}}]

        """;

    /// <summary>A catalog with an unknown key (<c>color</c>, UG1002 at 1:73).</summary>
    public const string BadCatalog = """
        products: [{id: secure-workspace, upgrades: [{from: [5.6.0], to: 5.7.0, color: blue}]}]

        """;
}
