using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Rules.Schedule;

/// <summary>UG5003: an upgrade with no <c>schedule.start</c>.</summary>
public sealed class NoScheduleRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.NoSchedule, "Upgrade not scheduled", Severity.Warning, RuleCategories.Schedule,
        "There is always a period where users cannot use the environment, even in a multi-node cluster. Without schedule.start nobody can check that it falls outside business hours.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade is null || context.Manifest.Schedule?.Start != null) return;
        string estimate = context.Plan?.EstimateMinutes is long m ? $" (est. {Wording.Minutes(m)} of downtime)" : "";
        context.Report(Descriptor, upgrade.KeySpan,
            $"the upgrade has no schedule.start: every upgrade interrupts service, even with several nodes{estimate}; schedule it outside business hours with schedule.start and schedule.timeZone");
    }
}
