using System.Collections.Generic;

namespace UpgradeGuard.Core.Fixes;

/// <summary>The fix of one rule: what it changes in the manifest so the rule no longer fires there.</summary>
internal abstract class RuleFix
{
    public abstract string RuleId { get; }

    /// <summary>The fixes for the diagnostic of <see cref="FixContext"/>; none when it cannot be fixed safely.</summary>
    public abstract IEnumerable<CodeFix> Offer(FixContext context);

    protected CodeFix Fix(string title, params TextEdit[] edits) => new CodeFix(title, RuleId, false, edits);
}
