using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>UG1001: the file is not valid YAML (reported by the reader, at the parser's position).</summary>
public sealed class InvalidYamlRule : Rule
{
    public static readonly RuleDescriptor Descriptor = ManifestFindings.InvalidYaml;

    public override RuleDescriptor Definition => Descriptor;
    public override void Check(RuleContext context) { }
}
