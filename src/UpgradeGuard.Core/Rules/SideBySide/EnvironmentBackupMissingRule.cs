using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6004: no <c>environment-backup</c> before the first hop, or external database and no database backup.</summary>
public sealed class EnvironmentBackupMissingRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.EnvironmentBackupMissing, "Missing environment or database backup", Severity.Error, RuleCategories.SideBySide,
        "Side-by-side starts with an environment backup to import into the new node, before the first hop; it does not include the external database, which must be backed up separately.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade?.Strategy is not { IsValid: true } strategy || !upgrade.IsSideBySide) return;
        var steps = context.Steps;
        var firstHop = steps.FirstOrDefault(s => s.Kind == StepKind.Upgrade);
        var before = steps.Where(s => firstHop is null || s.Index < firstHop.Index).ToList();
        var problems = new List<string>();
        if (!before.Any(s => s.Kind == StepKind.EnvironmentBackup))
        {
            problems.Add("no 'environment-backup: true' step before the first upgrade");
        }
        if (context.Manifest.HasExternalDatabase && !before.Any(s => s.BacksUpDatabase))
        {
            problems.Add("no 'backup-database: true' step before the first upgrade (the environment backup does not include the external database)");
        }
        if (problems.Count == 0) return;
        context.Report(Descriptor, strategy.Span, "side-by-side: " + string.Join("; and ", problems));
    }
}
