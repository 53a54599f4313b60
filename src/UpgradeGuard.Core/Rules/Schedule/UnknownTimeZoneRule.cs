using NodaTime;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Schedule;

/// <summary>UG5005: <c>schedule.timeZone</c> is not a known IANA time zone.</summary>
public sealed class UnknownTimeZoneRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.UnknownTimeZone, "Unknown time zone", Severity.Error, RuleCategories.Schedule,
        "schedule.timeZone is shaped like an IANA id but the time-zone database does not know it; the nearest known id is suggested.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var zone = context.Manifest.Schedule?.TimeZone;
        if (zone is not { IsValid: true } || SchedulePlacement.FindZone(zone.Value) != null) return;
        var suggestion = Suggestions.Nearest(zone.Value, DateTimeZoneProviders.Tzdb.Ids);
        context.Report(Descriptor, zone.Span,
            $"unknown time zone '{zone.Text}': the IANA time-zone database has no such id" + (suggestion != null ? $"; did you mean '{suggestion}'?" : "; use an IANA id such as Europe/Brussels"));
    }
}
