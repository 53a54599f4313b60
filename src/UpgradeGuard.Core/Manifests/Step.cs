using System.Collections.Generic;
using NodaTime;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Manifests;

public enum StepKind
{
    Snapshot,
    BackupDatabase,
    Upgrade,
    UpgradeDatabase,
    MigrateAuditLogs,
    Reboot,
    NotifyUsers,
    EnvironmentBackup,
    SwitchTraffic,
    Decommission,
}

public enum OnTimeoutAction { Alert, Abort, Reboot }

/// <summary>One step of the runbook; only the fields of its kind are set.</summary>
public sealed class Step
{
    public Step(StepKind kind, int index, string action, SourceSpan actionKeySpan, SourceSpan span, YamlMapping node)
    {
        Kind = kind;
        Index = index;
        Action = action;
        ActionKeySpan = actionKeySpan;
        Span = span;
        Node = node;
    }

    public StepKind Kind { get; }
    /// <summary>0-based position in <c>steps</c>.</summary>
    public int Index { get; }
    /// <summary>The action key as written, e.g. <c>upgrade</c>.</summary>
    public string Action { get; }
    public SourceSpan ActionKeySpan { get; }
    /// <summary>The step's action entry, from the action key to its value: "the step".</summary>
    public SourceSpan Span { get; }
    public YamlMapping Node { get; }
    /// <summary>False when the step's action value could not be read.</summary>
    public bool IsValid { get; set; } = true;

    // snapshot
    public bool SnapshotAll { get; set; }
    public IReadOnlyList<string> SnapshotAppliances { get; set; } = new List<string>();
    public Located<bool>? IncludesDatabase { get; set; }
    public Located<bool>? Shutdown { get; set; }

    // upgrade
    public Located<ProductVersion>? Version { get; set; }
    public Located<Duration>? Timeout { get; set; }
    public Located<OnTimeoutAction>? OnTimeout { get; set; }

    // upgrade-database
    public Located<string>? DatabaseVersion { get; set; }

    public bool BacksUpDatabase =>
        Kind == StepKind.BackupDatabase ||
        (Kind == StepKind.Snapshot && IncludesDatabase is { IsValid: true, Value: true });
}
