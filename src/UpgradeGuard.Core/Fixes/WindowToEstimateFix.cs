using System.Collections.Generic;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>UG5002: <c>schedule.window</c> becomes the plan's estimate, written as a manifest duration (<c>5h15m</c>).</summary>
internal sealed class WindowToEstimateFix : RuleFix
{
    public const string Title = "Set the window to the estimate";

    public override string RuleId => Diagnostics.RuleIds.WindowBelowEstimate;

    public override IEnumerable<CodeFix> Offer(FixContext context)
    {
        var window = context.Manifest.Schedule?.Window;
        if (window is null || !context.IsAt(window.Span) || context.Plan?.EstimateMinutes is not long estimate) yield break;
        if (!ScalarText.IsReplaceable(context.Text, window.Span)) yield break;
        var text = ScalarText.KeepingQuotes(context.Text, window.Span, ValueParsers.ManifestDuration(estimate));
        yield return Fix(Title, new TextEdit(window.Span.StartOffset, window.Span.EndOffset, text));
    }
}
