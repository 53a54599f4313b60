using System.Collections.Generic;

namespace UpgradeGuard.Core.Fixes;

/// <summary>One way to fix (or silence) one diagnostic: a title for a menu and the edits that do it.</summary>
/// <param name="Title">What the fix does, e.g. <c>Insert a snapshot step</c>.</param>
/// <param name="RuleId">The id of the rule whose finding it fixes.</param>
/// <param name="IsSuppression">True for "Disable UGxxxx on this line": it silences the finding instead of fixing the plan.</param>
/// <param name="Edits">Non-overlapping edits of the analyzed text (see <see cref="CodeFixes.Apply"/>).</param>
public sealed record CodeFix(string Title, string RuleId, bool IsSuppression, IReadOnlyList<TextEdit> Edits)
{
    public override string ToString() => $"{RuleId}: {Title}";
}
