using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>UG1006: a version, duration, date-time, time zone or time of day is malformed (reported by the binder).</summary>
public sealed class MalformedValueRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.MalformedValue, "Malformed value", Severity.Error, RuleCategories.Manifest,
        "A version (major.minor.patch), duration (90m, 6h, 1h30m, PT6H), date-time, date, time zone id or time of day (HH:mm) cannot be read. Scalars are read as written: 5.10 is not the float 5.1.");

    public override RuleDescriptor Definition => Descriptor;
    public override void Check(RuleContext context) { }
}
