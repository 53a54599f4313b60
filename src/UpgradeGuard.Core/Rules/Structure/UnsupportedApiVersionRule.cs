using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>UG1004: <c>apiVersion</c> is missing or not <c>upgradeguard/v1</c>.</summary>
public sealed class UnsupportedApiVersionRule : Rule
{
    public const string Expected = "upgradeguard/v1";

    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.UnsupportedApiVersion, "Unsupported apiVersion", Severity.Error, RuleCategories.Manifest,
        "The manifest's apiVersion is missing or is not 'upgradeguard/v1', the only format this version of UpgradeGuard reads.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var api = context.Manifest.ApiVersion;
        if (api is null)
        {
            context.Report(Descriptor, context.Manifest.Root.FirstKeySpan, $"missing 'apiVersion': add 'apiVersion: {Expected}' at the top of the manifest");
        }
        else if (api.IsValid && api.Value != Expected)
        {
            context.Report(Descriptor, api.Span, $"apiVersion '{api.Text}' is not supported; expected '{Expected}'");
        }
    }
}
