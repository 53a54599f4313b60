using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Tool;

/// <summary>
/// UG0003: a suppression comment that suppresses nothing. Reported when the findings are bound to the file
/// (<see cref="FindingSink.ToDiagnostics"/>), once it is known which comments suppressed what.
/// </summary>
public sealed class UnusedSuppressionRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.UnusedSuppression, "Suppression suppresses nothing", Severity.Info, RuleCategories.Manifest,
        "A '# upgrade-guard:' comment names a rule that reports nothing where the comment applies. It may be left over from a finding that was fixed, or be on the wrong line; a stale suppression hides the next real finding.");

    /// <summary>
    /// Findings that switch other checks off (a value that cannot be read, an unknown product or version, a start
    /// that cannot be placed): while the file has one, a comment waiting for a switched-off check is not reported.
    /// </summary>
    public static readonly ISet<string> SwitchOffOtherChecks = new HashSet<string>
    {
        RuleIds.InvalidManifest, RuleIds.UnknownProduct, RuleIds.MalformedValue, RuleIds.UnknownVersion,
        RuleIds.NoSupportedPath, RuleIds.NonexistentLocalTime, RuleIds.UnknownTimeZone,
    };

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
    }
}
