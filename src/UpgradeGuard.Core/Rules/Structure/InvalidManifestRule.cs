using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>UG1002: unknown key, wrong type, word not allowed, or required field missing (reported by the binder).</summary>
public sealed class InvalidManifestRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.InvalidManifest, "Invalid manifest structure", Severity.Error, RuleCategories.Manifest,
        "A key is unknown (the nearest known key is suggested), a value has the wrong type or is not one of the allowed words, or a required field is missing. Checks that need the value are switched off.");

    public override RuleDescriptor Definition => Descriptor;
    public override void Check(RuleContext context) { }
}
