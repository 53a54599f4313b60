namespace UpgradeGuard.Core.Planning.Runbooks;

public enum RunbookProblemKind
{
    /// <summary>An input cannot be read or names nothing the catalog knows: a version, the database, the start, the time zone.</summary>
    InvalidInput,
    /// <summary>The inputs are fine but no supported path leads from the current version to the target.</summary>
    NoPath,
}

/// <summary>Why no runbook could be made, in words that say what to do.</summary>
public sealed class RunbookProblem
{
    public RunbookProblem(RunbookProblemKind kind, string message)
    {
        Kind = kind;
        Message = message;
    }

    public RunbookProblemKind Kind { get; }
    public string Message { get; }

    public override string ToString() => Message;
}
