using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// UG4001: a snapshot of every appliance (and of the external database) right before the upgrade step. A manifest
/// without steps gets the whole runbook: a snapshot before each hop of the supported path.
/// </summary>
internal sealed class InsertSnapshotFix : RuleFix
{
    public const string Title = "Insert a snapshot step";
    public const string RunbookTitle = "Insert steps with a snapshot before each hop";

    public override string RuleId => Diagnostics.RuleIds.MissingSnapshot;

    public override IEnumerable<CodeFix> Offer(FixContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade?.Steps is null)
        {
            if (upgrade?.To is not { } to || !context.IsAt(to.Span)) yield break;
            var path = context.HopAtDiagnosticVersion()?.EffectivePath;
            if (path != null && RunbookBlock.For(context, path) is { } runbook) yield return Fix(RunbookTitle, runbook);
            yield break;
        }
        var step = context.UpgradeStepAtDiagnostic();
        if (step is null) yield break;
        if (context.InsertBefore(step, new[] { NewStep.Snapshot(context.HasExternalDatabase) }) is { } edit) yield return Fix(Title, edit);
    }
}
