namespace UpgradeGuard.Core.Diagnostics;

/// <summary>
/// The suppression comment that applies to a finding: its directive and the reason written after <c>--</c>
/// (<c># upgrade-guard: disable-line UG5001 -- approved by change board</c>).
/// </summary>
public sealed class AppliedSuppression
{
    public AppliedSuppression(string directive, int commentLine, string? reason)
    {
        Directive = directive;
        CommentLine = commentLine;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason!.Trim();
    }

    /// <summary><c>disable-line</c>, <c>disable-next-line</c> or <c>disable-file</c>.</summary>
    public string Directive { get; }
    /// <summary>The 1-based line of the comment.</summary>
    public int CommentLine { get; }
    /// <summary>The text after <c>--</c>, trimmed; null when the comment gives none.</summary>
    public string? Reason { get; }
}
