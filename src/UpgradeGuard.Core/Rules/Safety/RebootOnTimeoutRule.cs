using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Safety;

/// <summary>UG4006: <c>onTimeout: reboot</c>.</summary>
public sealed class RebootOnTimeoutRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.RebootOnTimeout, "Reboot on upgrade timeout", Severity.Error, RuleCategories.Safety,
        "NEVER reboot the appliances manually during an upgrade unless support says so: an upgrade that takes longer than expected must not trigger a reboot.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        foreach (var step in context.Steps.Where(s => s.Kind == StepKind.Upgrade))
        {
            if (step.OnTimeout is { IsValid: true, Value: OnTimeoutAction.Reboot } onTimeout)
            {
                context.Report(Descriptor, onTimeout.Span,
                    $"'onTimeout: reboot' would reboot appliances while they upgrade to {step.Version?.Text}; never reboot during an upgrade unless support tells you to: use 'alert' and contact support");
            }
        }
    }
}
