namespace UpgradeGuard.Core.Planning.Runbooks;

public enum RunbookProblemKind
{
    /// <summary>An input cannot be read or names nothing the catalog knows: a version, the database, the start, the time zone.</summary>
    InvalidInput,
    /// <summary>The inputs are fine but no supported path leads from the current version to the target.</summary>
    NoPath,
}

/// <summary>Why no runbook could be made, in words that say what to do.</summary>
public sealed record RunbookProblem(RunbookProblemKind Kind, string Message)
{
    public override string ToString() => Message;
}
