using System.Collections.Generic;

namespace UpgradeGuard.Core.Fixes;

/// <summary>One way to fix (or silence) one diagnostic: a title for a menu and the edits that do it.</summary>
public sealed class CodeFix
{
    public CodeFix(string title, string ruleId, bool isSuppression, IReadOnlyList<TextEdit> edits)
    {
        Title = title;
        RuleId = ruleId;
        IsSuppression = isSuppression;
        Edits = edits;
    }

    /// <summary>What the fix does, e.g. <c>Insert a snapshot step</c>.</summary>
    public string Title { get; }
    public string RuleId { get; }
    /// <summary>True for "Disable UGxxxx on this line": it silences the finding instead of fixing the plan.</summary>
    public bool IsSuppression { get; }
    /// <summary>Non-overlapping edits of the analyzed text (see <see cref="CodeFixes.Apply"/>).</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    public override string ToString() => $"{RuleId}: {Title}";
}
