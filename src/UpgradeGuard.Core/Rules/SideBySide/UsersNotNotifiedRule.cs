using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6008: side-by-side, an <c>environment-backup</c> step with no <c>notify-users</c> step before it.</summary>
public sealed class UsersNotNotifiedRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.UsersNotNotified, "Users not told before the environment backup", Severity.Warning, RuleCategories.SideBySide,
        "Side-by-side starts by telling users what not to do until the upgrade is done (guide, step 1): whatever they share or change after the environment backup is not in the new environment.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade?.Strategy is not { IsValid: true } || !upgrade.IsSideBySide) return;
        var steps = context.Steps;
        var firstNotice = steps.FirstOrDefault(s => s.Kind == StepKind.NotifyUsers);
        foreach (var backup in steps.Where(s => s.Kind == StepKind.EnvironmentBackup))
        {
            if (firstNotice != null && firstNotice.Index < backup.Index) continue;
            context.Report(Descriptor, backup.Span,
                "side-by-side: no 'notify-users' step before the environment backup: tell users not to share files or change settings until the new environment is live, " +
                "or what they do after the backup is lost; add '- notify-users: \"...\"' before it");
        }
    }
}
