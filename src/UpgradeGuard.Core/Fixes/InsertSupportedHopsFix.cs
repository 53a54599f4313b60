using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// UG2001: the hop skips required hops. The supported path's earlier hops are inserted before the step, each after a
/// snapshot; the step itself stays as the last hop, with its timeout, onTimeout and comments. No new snapshot goes
/// before the first inserted hop when one covering the cluster already stands before the step. Without steps, the
/// whole runbook is written.
/// </summary>
internal sealed class InsertSupportedHopsFix : RuleFix
{
    public const string Title = "Insert the supported hops";

    public override string RuleId => Diagnostics.RuleIds.UnsupportedHop;

    public override IEnumerable<CodeFix> Offer(FixContext context)
    {
        var hop = context.HopAtDiagnosticVersion();
        var product = context.Product;
        if (hop is null || product is null || !hop.IsForward) yield break;
        var path = product.Graph.FindPath(hop.From!.Value, hop.To!.Value);
        if (path is null || path.IsEmpty) yield break;

        if (hop.Step is null)
        {
            if (RunbookBlock.For(context, path) is { } runbook) yield return Fix(Title, runbook);
            yield break;
        }

        bool covered = context.SegmentBefore(hop.Step).Any(context.CoversCluster);
        var steps = new List<NewStep>();
        for (int i = 0; i < path.Hops.Count; i++)
        {
            if (i > 0 || !covered) steps.Add(NewStep.Snapshot(context.HasExternalDatabase));
            if (i < path.Hops.Count - 1) steps.Add(NewStep.Upgrade(path.Hops[i].To.ToString()));
        }
        if (context.InsertBefore(hop.Step, steps) is { } edit) yield return Fix(Title, edit);
    }
}
