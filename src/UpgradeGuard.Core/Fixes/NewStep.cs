using System.Collections.Generic;

namespace UpgradeGuard.Core.Fixes;

/// <summary>A step a fix writes: its action entry and the keys under it, as YAML text without indentation.</summary>
internal sealed class NewStep
{
    private NewStep(string action, IReadOnlyList<string> extraEntries)
    {
        Action = action;
        ExtraEntries = extraEntries;
    }

    /// <summary><c>snapshot: all</c>.</summary>
    public string Action { get; }
    /// <summary><c>database: true</c>, one per line under the action.</summary>
    public IReadOnlyList<string> ExtraEntries { get; }

    /// <summary><c>- snapshot: all</c>, with <c>database: true</c> when the database is external.</summary>
    public static NewStep Snapshot(bool includeDatabase) =>
        new NewStep("snapshot: all", includeDatabase ? new[] { "database: true" } : new string[0]);

    public static NewStep Upgrade(string version) => new NewStep("upgrade: " + version, new string[0]);

    /// <summary><c>notify-users: "..."</c>, the text in double quotes.</summary>
    public static NewStep NotifyUsers(string text) => new NewStep("notify-users: \"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"", new string[0]);

    /// <summary>A step whose value is <c>true</c>: <c>backup-database</c>, <c>migrate-audit-logs</c>.</summary>
    public static NewStep Flag(string action) => new NewStep(action + ": true", new string[0]);
}
