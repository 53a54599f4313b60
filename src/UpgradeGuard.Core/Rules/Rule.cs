using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules;

/// <summary>One rule: its descriptor and its check over the typed model.</summary>
public abstract class Rule
{
    public abstract RuleDescriptor Definition { get; }

    /// <summary>Checks one manifest. The reader's and binder's findings (UG1001, UG1002, UG1003, UG1006: <see cref="Manifests.ManifestFindings"/>) are reported while reading, not by rules.</summary>
    public abstract void Check(RuleContext context);
}
