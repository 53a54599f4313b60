using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Safety;

/// <summary>UG4003: external database and no database backup since the previous hop.</summary>
public sealed class MissingDatabaseBackupRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.MissingDatabaseBackup, "Missing database backup before upgrade", Severity.Error, RuleCategories.Safety,
        "With an external database, each hop needs a database backup before it: a snapshot with 'database: true' or a 'backup-database: true' step.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        if (!context.Manifest.HasExternalDatabase || context.Manifest.Upgrade?.Steps is null) return;
        string host = context.Manifest.Database?.Host is { IsValid: true } h ? $" ({h.Value})" : "";
        foreach (var step in context.Steps.Where(s => s.Kind == StepKind.Upgrade))
        {
            if (context.StepsBefore(step).Any(s => s.BacksUpDatabase)) continue;
            context.Report(Descriptor, step.Span,
                $"no backup of the external database{host} before the upgrade to {step.Version?.Text}; add 'database: true' to the snapshot before it, or a 'backup-database: true' step");
        }
    }
}
