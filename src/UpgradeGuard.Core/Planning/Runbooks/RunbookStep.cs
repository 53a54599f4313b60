namespace UpgradeGuard.Core.Planning.Runbooks;

public enum RunbookStepKind
{
    /// <summary>A step the catalog requires before a hop (<c>requiresBefore</c>), such as <c>migrate-audit-logs</c>.</summary>
    Required,
    BackupDatabase,
    UpgradeDatabase,
    Snapshot,
    Upgrade,
    /// <summary>Side-by-side: <c>notify-users</c>.</summary>
    NotifyUsers,
    /// <summary>Side-by-side: <c>environment-backup</c>.</summary>
    EnvironmentBackup,
    /// <summary>Side-by-side: <c>switch-traffic</c>.</summary>
    SwitchTraffic,
    /// <summary>Side-by-side: <c>decommission</c>.</summary>
    Decommission,
}

/// <summary>One step of a hop: the manifest action and value it becomes in a <c>steps:</c> block, and what it means in words.</summary>
/// <param name="Action">The manifest step action: <c>snapshot</c>, <c>upgrade</c>, <c>upgrade-database</c>, ...</param>
/// <param name="Value">The action's value as YAML writes it: <c>all</c>, <c>5.4.4</c>, <c>"15.0"</c>, <c>true</c>.</param>
/// <param name="IncludesDatabase">For a snapshot: it also backs up the external database (<c>database: true</c>).</param>
/// <param name="Description">What to do, with the numbers, for people.</param>
public sealed record RunbookStep(RunbookStepKind Kind, string Action, string Value, bool IncludesDatabase, string Description);
