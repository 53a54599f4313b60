using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>
/// UG1003: <c>kind</c> is missing or not <c>UpgradePlan</c> in a file given explicitly, or in a discovered file whose
/// <c>apiVersion</c> says it is a manifest (a misspelt kind is never a silent skip).
/// </summary>
public sealed class NotAnUpgradePlanRule : Rule
{
    public const string ExpectedKind = "UpgradePlan";

    public static readonly RuleDescriptor Descriptor = ManifestFindings.NotAnUpgradePlan;

    public override RuleDescriptor Definition => Descriptor;

    /// <summary>Decided by the engine before any other rule, since a file that is not a plan gets nothing else.</summary>
    public override void Check(RuleContext context) { }

    public static bool IsUpgradePlan(Manifest manifest) => manifest.Kind is { IsValid: true, Value: ExpectedKind };

    /// <summary>The UG1003 finding for a file that is not an upgrade plan.</summary>
    public static void Report(FindingSink sink, Manifest? manifest, YamlNode? root)
    {
        var kind = manifest?.Kind;
        if (kind is null)
        {
            string what = root is null ? "the file is empty" : root is YamlMapping ? "it has no 'kind'" : $"the document is {root.KindName}, not a mapping";
            sink.Report(Descriptor, FirstLine(root), $"not an upgrade manifest: {what}; an upgrade manifest starts with 'apiVersion: upgradeguard/v1' and 'kind: {ExpectedKind}'");
        }
        else
        {
            sink.Report(Descriptor, kind.Span, $"kind '{kind.Text}' is not '{ExpectedKind}': this file is not an upgrade manifest");
        }
    }

    private static SourceSpan FirstLine(YamlNode? root)
    {
        if (root is YamlMapping map) return map.FirstKeySpan;
        return root?.Span ?? SourceSpan.FileStart;
    }
}
