using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// UG4005: the steps the catalog requires before a hop on the path (<c>migrate-audit-logs</c> before 5.1.3) that no
/// step before the upgrade provides, inserted right before it as <c>- action: true</c>.
/// </summary>
internal sealed class InsertRequiredStepsFix : RuleFix
{
    public override string RuleId => Diagnostics.RuleIds.MissingAuditLogMigration;

    public override IEnumerable<CodeFix> Offer(FixContext context)
    {
        var step = context.UpgradeStepAtDiagnostic();
        var path = step is null ? null : context.HopOf(step)?.EffectivePath;
        if (step is null || path is null) yield break;
        var done = context.Manifest.Upgrade!.Steps!.Where(s => s.IsValid && s.Index < step.Index).Select(s => s.Action);
        var missing = path.Hops.SelectMany(edge => edge.RequiresBefore).Distinct().Except(done).ToList();
        if (missing.Count == 0) yield break;
        if (context.InsertBefore(step, missing.Select(NewStep.Flag)) is { } edit)
        {
            yield return Fix("Insert " + string.Join(", ", missing), edit);
        }
    }
}
