using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Tool;

/// <summary>
/// UG0002: a suppression comment or a severity entry of .editorconfig/.globalconfig that cannot be read. Reported
/// while reading them (<see cref="Suppressions"/>, <see cref="Configuration.ConfigurationProblems"/>), not here.
/// </summary>
public sealed class InvalidSuppressionRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.InvalidSuppression, "Suppression or severity entry cannot be read", Severity.Warning, RuleCategories.Manifest,
        "A '# upgrade-guard:' comment with an unknown directive, text but no rule id, or an id that is no rule, or a 'dotnet_diagnostic.UGxxxx.severity' entry that names no rule or gives no valid severity. Such entries are otherwise ignored, so a rule the user believes off or raised is not.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
    }
}
