using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>UG1001: the file is not valid YAML (reported by the reader, at the parser's position).</summary>
public sealed class InvalidYamlRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.InvalidYaml, "File is not valid YAML", Severity.Error, RuleCategories.Manifest,
        "The file cannot be read as YAML (or UTF-8, or holds more than one document). Nothing else is checked until it parses.");

    public override RuleDescriptor Definition => Descriptor;
    public override void Check(RuleContext context) { }
}
