using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>UG1002: unknown key, wrong type, word not allowed, or required field missing (reported by the binder).</summary>
public sealed class InvalidManifestRule : Rule
{
    public static readonly RuleDescriptor Descriptor = ManifestFindings.InvalidManifest;

    public override RuleDescriptor Definition => Descriptor;
    public override void Check(RuleContext context) { }
}
