using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>UG2005: a hop is support-assisted (from 5.2.3 or older).</summary>
public sealed class SupportAssistedHopRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.SupportAssistedHop, "Support-assisted upgrade hop", Severity.Warning, RuleCategories.UpgradePath,
        $"A hop from {CatalogFacts.BuiltIn.NewestSupportAssistedSource} or older needs the vendor's support team and takes several hours even if everything goes smoothly; deploying from scratch and reconfiguring may be quicker.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var plan = context.Plan;
        if (plan is null) return;
        foreach (var hop in plan.Hops)
        {
            var assisted = hop.EffectivePath?.Hops.Where(h => h.SupportAssisted).ToList();
            if (assisted is null || assisted.Count == 0) continue;
            string which = hop.Direct != null ? "is" : $"passes through support-assisted hops ({string.Join(", ", assisted)}) and";
            context.Report(Descriptor, hop.VersionSpan,
                $"upgrade {hop.From} -> {hop.To} {which} support-assisted: contact Parallels support before you start; it takes several hours even if all goes well, and deploying {plan.Product.Latest} from scratch and reconfiguring may be quicker");
        }
    }
}
