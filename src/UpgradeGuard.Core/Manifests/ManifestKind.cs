using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Manifests;

/// <summary>
/// The manifest's <c>kind</c>, which the reader decides before anything else: a file that is not an upgrade plan gets
/// UG1003 (<see cref="ManifestFindings.NotAnUpgradePlan"/>) and nothing more. UG1003 applies to a file given
/// explicitly, or to a discovered file whose <c>apiVersion</c> says it is a manifest (a misspelt kind is never a silent
/// skip).
/// </summary>
public static class ManifestKind
{
    /// <summary>The one kind an upgrade manifest has.</summary>
    public const string UpgradePlan = "UpgradePlan";

    public static bool IsUpgradePlan(Manifest manifest) => manifest.Kind is { IsValid: true, Value: UpgradePlan };

    /// <summary>The UG1003 finding for a file that is not an upgrade plan.</summary>
    public static void ReportNotAnUpgradePlan(FindingSink sink, Manifest? manifest, YamlNode? root)
    {
        var kind = manifest?.Kind;
        if (kind is null)
        {
            string what = root is null ? "the file is empty" : root is YamlMapping ? "it has no 'kind'" : $"the document is {root.KindName}, not a mapping";
            sink.Report(ManifestFindings.NotAnUpgradePlan, FirstLine(root), $"not an upgrade manifest: {what}; an upgrade manifest starts with 'apiVersion: upgradeguard/v1' and 'kind: {UpgradePlan}'");
        }
        else
        {
            sink.Report(ManifestFindings.NotAnUpgradePlan, kind.Span, $"kind '{kind.Text}' is not '{UpgradePlan}': this file is not an upgrade manifest");
        }
    }

    private static SourceSpan FirstLine(YamlNode? root)
    {
        if (root is YamlMapping map) return map.FirstKeySpan;
        return root?.Span ?? SourceSpan.FileStart;
    }
}
