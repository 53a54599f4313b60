namespace UpgradeGuard.Core.Tests.Engine;

/// <summary>Small manifests for engine tests.</summary>
internal static class Manifests
{
    /// <summary>A clean plan 5.5.1 -> 5.6.0, 3 nodes, Saturday night in Brussels.</summary>
    public const string Clean =
        "apiVersion: upgradeguard/v1\n" +
        "kind: UpgradePlan\n" +
        "cluster:\n" +
        "  nodes: 3\n" +
        "  version: 5.5.1\n" +
        "schedule:\n" +
        "  start: 2026-12-05T22:00\n" +
        "  timeZone: Europe/Brussels\n" +
        "  window: 2h\n" +
        "upgrade:\n" +
        "  to: 5.6.0\n" +
        "  steps:\n" +
        "    - snapshot: all\n" +
        "    - upgrade: 5.6.0\n";

    /// <summary>Clean except that the target is not the latest (UG2006 info on line 11).</summary>
    public static string NotLatest => Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1");
}
