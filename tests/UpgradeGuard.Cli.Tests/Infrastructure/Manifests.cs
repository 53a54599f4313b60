namespace UpgradeGuard.Cli.Tests.Infrastructure;

/// <summary>Small manifests with known findings (checked against the built-in catalog).</summary>
public static class Manifests
{
    /// <summary>No finding.</summary>
    public const string Clean = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: abort

        """;

    /// <summary>One warning: UG5003 at <c>upgrade</c> (6,1)-(6,8).</summary>
    public const string WarningOnly = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: abort

        """;

    /// <summary>One error: UG4006 at <c>reboot</c> (15,18)-(15,24).</summary>
    public const string RebootOnTimeout = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: reboot

        """;

    /// <summary>A YAML file that is not an upgrade plan.</summary>
    /// <summary>Another tool's file with the manifests' suffix: neither an upgradeguard/ apiVersion nor kind UpgradePlan.</summary>
    public const string Checklist = """
        kind: UpgradeChecklist
        items: [backup, notify]

        """;

    /// <summary>One UG5001 (7,10)-(7,26), suppressed on its line with a reason; nothing else.</summary>
    public const string SuppressedWithReason = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        schedule:
          start: 2026-12-07T16:00   # upgrade-guard: disable-line UG5001 -- approved by change board
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: abort

        """;

    /// <summary>One UG5003 at <c>upgrade</c> (7,1), suppressed by the line before, without a reason; nothing else.</summary>
    public const string SuppressedWithoutReason = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        # upgrade-guard: disable-next-line UG5003
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: abort

        """;
}
