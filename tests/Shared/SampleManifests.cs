namespace UpgradeGuard.Tests.Shared;

/// <summary>Small manifests the adapters' tests share.</summary>
public static class SampleManifests
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

    /// <summary>A one-appliance lab upgraded on a Tuesday at 10:00: UG5001 (a warning) on the start value at line 9, nothing else.</summary>
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
}
