using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Safety;

/// <summary>UG4005: a hop to 5.1.3 (any hop the catalog gives a required step) without that step before it.</summary>
public sealed class MissingAuditLogMigrationRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.MissingAuditLogMigration, "Missing audit-log migration", Severity.Error, RuleCategories.Safety,
        $"Before upgrading to {CatalogFacts.BuiltIn.TargetsRequiring("migrate-audit-logs")} the audit logs must be migrated (System Settings > Global > General info shows whether it is still required). A hop to {CatalogFacts.BuiltIn.TargetsRequiring("migrate-audit-logs")} needs a 'migrate-audit-logs: true' step before it.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var plan = context.Plan;
        if (plan is null || !plan.HasSteps) return;
        foreach (var hop in plan.Hops)
        {
            if (hop.Step is null || hop.EffectivePath is null) continue;
            foreach (var edge in hop.EffectivePath.Hops)
            {
                foreach (var action in edge.RequiresBefore)
                {
                    if (context.HasActionBefore(action, hop.Step)) continue;
                    context.Report(Descriptor, hop.Step.Span,
                        $"the upgrade to {edge.To} needs '{action}' first (before upgrading to {edge.To}, migrate the audit logs; System Settings > Global > General info shows if it is still required); add '- {action}: true' before this step");
                }
            }
        }
    }
}
