using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>UG1002 on an unknown key the reader found a near known key for: rename it (keeping its quotes).</summary>
internal sealed class RenameUnknownKeyFix : RuleFix
{
    public override string RuleId => Diagnostics.RuleIds.InvalidManifest;

    public override IEnumerable<CodeFix> Offer(FixContext context)
    {
        var key = context.Manifest.SuggestedKeys.FirstOrDefault(k => context.IsAt(k.Span));
        if (key is null || !ScalarText.IsReplaceable(context.Text, key.Span)) yield break;
        yield return Fix($"Rename '{key.Written}' to '{key.Suggested}'",
            new TextEdit(key.Span.StartOffset, key.Span.EndOffset, ScalarText.KeepingQuotes(context.Text, key.Span, key.Suggested)));
    }
}
