using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules;

/// <summary>One rule: its descriptor and its check over the typed model.</summary>
public abstract class Rule
{
    public abstract RuleDescriptor Definition { get; }

    /// <summary>Checks one manifest. Rules of the reader (UG1001, UG1002, UG1006) report while reading and do nothing here.</summary>
    public abstract void Check(RuleContext context);
}
