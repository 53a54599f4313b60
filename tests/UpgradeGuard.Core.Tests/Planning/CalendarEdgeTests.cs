using System.Linq;
using NodaTime;
using NodaTime.Text;
using UpgradeGuard.Core.Editing;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Planning.Runbooks;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>
/// The end of NodaTime's calendar (9999-12-31, in UTC and in each zone): every place that adds a duration to an
/// instant (placement, window, estimate, business hours, hover, runbook) answers with a finding or a problem, never
/// an overflow (the fuzz campaign's UG0001 "Operation would overflow range of Instant").
/// </summary>
public sealed class CalendarEdgeTests
{
    private static string Manifest(string start, string? timeZone, string? window = null) =>
        "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 1\n  version: 5.5.1\nschedule:\n" +
        $"  start: {start}\n" + (timeZone != null ? $"  timeZone: {timeZone}\n" : "") + (window != null ? $"  window: {window}\n" : "") +
        "upgrade:\n  to: 5.6.0\n  steps:\n    - snapshot: all\n    - upgrade: 5.6.0\n      timeout: 30m\n      onTimeout: abort\n";

    private static string Ids(AnalysisResult result) => string.Join(" ", result.Diagnostics.Select(d => $"{d.Id}@{d.Span.StartLine}:{d.Span.StartColumn}"));

    public static TheoryData<string, string?> StartsInYear10000 => new TheoryData<string, string?>
    {
        { "9999-12-31T19:00", "America/New_York" },
        { "9999-12-31T23:59", "America/New_York" },
        { "9999-12-31T12:00", "Etc/GMT+12" },
        { "9999-12-31T23:00-05:00", null },
        { "9999-12-31T20:00-04:00", "Europe/Brussels" },
        // The instant exists in UTC, but not in the zone business hours are counted in.
        { "9999-12-31T23:30Z", "Europe/Brussels" },
    };

    [Theory]
    [MemberData(nameof(StartsInYear10000))]
    public void A_start_past_the_calendar_is_not_placed(string start, string? timeZone)
    {
        var placement = SchedulePlacement.Place(Schedule(start, timeZone), 15);
        Assert.Equal(PlacementProblem.StartPastCalendar, placement.Problem);
        Assert.False(placement.IsPlaced);
    }

    [Theory]
    [MemberData(nameof(StartsInYear10000))]
    public void A_start_past_the_calendar_is_UG1006_on_schedule_start_and_nothing_else(string start, string? timeZone)
    {
        var result = new UpgradeGuardEngine().Analyze("edge.upgrade.yaml", Manifest(start, timeZone));
        Assert.Equal("UG1006@7:10", Ids(result));
        Assert.Contains("falls after the end of the calendar", result.Diagnostics[0].Message);
        Assert.Contains($"'{start}'", result.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("9999-12-31T23:50", "Europe/Brussels", null, "a downtime of 15 min from it (the estimate)")]
    [InlineData("9999-12-31T23:50Z", null, null, "a downtime of 15 min from it (the estimate)")]
    [InlineData("9999-12-31T18:00", "America/New_York", "6h", "a downtime of 6h (360 min) from it (the booked window)")]
    public void A_downtime_that_would_end_past_the_calendar_is_UG1006_on_schedule_start(string start, string? timeZone, string? window, string downtime)
    {
        var result = new UpgradeGuardEngine().Analyze("edge.upgrade.yaml", Manifest(start, timeZone, window));
        Assert.Equal("UG1006@7:10", Ids(result));
        Assert.Contains(downtime, result.Diagnostics[0].Message);
        Assert.Contains("would end after year 9999", result.Diagnostics[0].Message);

        var placement = SchedulePlacement.Place(result.Manifest!.Schedule!, result.Plan!.EstimateMinutes);
        Assert.Equal(PlacementProblem.DowntimePastCalendar, placement.Problem);
        Assert.Null(placement.End);
    }

    [Fact]
    public void A_downtime_that_ends_on_the_last_day_is_placed_with_its_end()
    {
        var placement = SchedulePlacement.Place(Schedule("9999-12-31T18:15", "America/New_York"), 15);
        Assert.True(placement.IsPlaced);
        Assert.Equal(InstantPattern.General.Parse("9999-12-31T23:30:00Z").Value, placement.End);
        Assert.Equal("the estimate", placement.LengthBasis);
    }

    [Fact]
    public void Business_hours_that_close_after_the_calendar_ends_still_overlap()
    {
        // Friday 9999-12-31 in Etc/GMT+12 (UTC-12): the working day closes at 18:00 local, in year 10000 in UTC.
        var zone = DateTimeZoneProviders.Tzdb["Etc/GMT+12"];
        var start = new LocalDateTime(9999, 12, 31, 7, 50).InZoneStrictly(zone).ToInstant();
        var overlap = BusinessHours.Default.FirstOverlap(start, start + Duration.FromMinutes(15), zone);
        Assert.Equal(new LocalDateTime(9999, 12, 31, 8, 0), overlap!.Value.InZone(zone).LocalDateTime);
    }

    [Fact]
    public void Business_hours_past_midnight_on_the_last_day_do_not_overflow()
    {
        var hours = new BusinessHours(BusinessHours.DefaultDays, new LocalTime(22, 0), new LocalTime(6, 0), Enumerable.Empty<LocalDate>());
        var start = Instant.FromUtc(9999, 12, 31, 22, 30);
        Assert.Equal(start, hours.FirstOverlap(start, start + Duration.FromMinutes(15), DateTimeZone.Utc));
    }

    [Fact]
    public void UG5001_still_sees_business_hours_on_the_last_day_of_the_calendar()
    {
        var result = new UpgradeGuardEngine().Analyze("edge.upgrade.yaml", Manifest("9999-12-31T07:50", "Etc/GMT+12"));
        Assert.Equal("UG5001@7:10", Ids(result));
        Assert.Contains("overlaps business hours (Mon-Fri 08:00-18:00 Etc/GMT+12) from Fri 9999-12-31 08:00", result.Diagnostics[0].Message);
    }

    [Fact]
    public void The_hover_on_a_start_past_the_calendar_is_empty_and_on_the_last_day_shows_the_end()
    {
        var past = Manifest("9999-12-31T23:00", "America/New_York");
        var result = new UpgradeGuardEngine().Analyze("edge.upgrade.yaml", past);
        Assert.Null(HoverProvider.At(result, past.IndexOf("9999", System.StringComparison.Ordinal) + 1));

        var late = Manifest("9999-12-31T23:50", "Europe/Brussels", "5m");
        result = new UpgradeGuardEngine().Analyze("edge.upgrade.yaml", late);
        Assert.Null(HoverProvider.At(result, late.IndexOf("9999", System.StringComparison.Ordinal) + 1));

        var fits = Manifest("9999-12-31T18:15", "America/New_York");
        result = new UpgradeGuardEngine().Analyze("edge.upgrade.yaml", fits);
        var hover = HoverProvider.At(result, fits.IndexOf("9999", System.StringComparison.Ordinal) + 1);
        Assert.Contains("| end | Fri 9999-12-31 18:30 | Fri 9999-12-31 23:30 |", hover!.Markdown);
    }

    [Theory]
    [InlineData("9999-12-31T23:59", "America/New_York", "the start 9999-12-31T23:59 in America/New_York falls after the end of the calendar")]
    [InlineData("9999-12-31T23:00-05:00", null, "the start 9999-12-31T23:00-05:00 in UTC-05 falls after the end of the calendar")]
    [InlineData("9999-12-31T23:50", "Europe/Brussels", "the downtime from 9999-12-31T23:50 for 15 min runs past the end of the calendar (year 9999)")]
    public void A_runbook_past_the_calendar_is_a_problem_with_the_reason(string start, string? timeZone, string reason)
    {
        var runbook = Runbook.FromInputs(new RunbookInputs("5.5.1", "5.6.0", 1) { Start = start, TimeZone = timeZone });
        var problem = Assert.Single(runbook.Problems);
        Assert.Equal(RunbookProblemKind.InvalidInput, problem.Kind);
        Assert.StartsWith(reason, problem.Message);
    }

    [Fact]
    public void A_runbook_on_the_last_day_of_the_calendar_is_planned()
    {
        var runbook = Runbook.FromInputs(new RunbookInputs("5.5.1", "5.6.0", 1) { Start = "9999-12-31T07:50", TimeZone = "Etc/GMT+12" });
        Assert.True(runbook.IsPossible, string.Join("\n", runbook.Problems.Select(p => p.Message)));
        Assert.True(runbook.Downtime!.OverlapsBusinessHours);
    }
}
