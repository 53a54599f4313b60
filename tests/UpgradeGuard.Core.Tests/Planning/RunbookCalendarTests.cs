using NodaTime;
using NodaTime.Text;
using UpgradeGuard.Core.Planning.Runbooks;
using static UpgradeGuard.Core.Tests.Planning.RunbookFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>The downtime on the calendar: local and UTC start and end, business hours, daylight-saving changes.</summary>
public sealed class RunbookCalendarTests
{
    private static string Local(Instant? instant, DateTimeZone zone) => LocalDateTimePattern.GeneralIso.Format(instant!.Value.InZone(zone).LocalDateTime);

    private static string Utc(Instant? instant) => InstantPattern.General.Format(instant!.Value);

    [Fact]
    public void Saturday_night_in_Brussels_is_outside_business_hours()
    {
        var downtime = Plan("5.3.2", "5.6.0", 3, start: "2026-12-05T22:00", timeZone: "Europe/Brussels").Downtime!;

        Assert.Equal("Europe/Brussels", downtime.Zone.Id);
        Assert.Equal(("2026-12-05T22:00:00", "2026-12-06T03:15:00"), (Local(downtime.Start, downtime.Zone), Local(downtime.EstimatedEnd, downtime.Zone)));
        Assert.Equal(("2026-12-05T21:00:00Z", "2026-12-06T02:15:00Z"), (Utc(downtime.Start), Utc(downtime.EstimatedEnd)));
        Assert.Equal(Duration.FromMinutes(315), downtime.Estimate);
        Assert.False(downtime.OverlapsBusinessHours);
    }

    [Fact]
    public void Monday_early_morning_runs_into_business_hours_at_0800()
    {
        var downtime = Plan("5.3.2", "5.6.0", 3, start: "2026-12-07T04:00", timeZone: "Europe/Brussels").Downtime!;

        Assert.True(downtime.OverlapsBusinessHours);
        Assert.Equal("2026-12-07T08:00:00", Local(downtime.FirstBusinessOverlap!.Value, downtime.Zone));
        Assert.Equal("2026-12-07T09:15:00", Local(downtime.EstimatedEnd, downtime.Zone));
    }

    [Fact]
    public void A_start_inside_business_hours_overlaps_from_the_start()
    {
        var downtime = Plan("5.5.1", "5.6.0", 3, start: "2026-12-04T17:30", timeZone: "Europe/Brussels").Downtime!;

        Assert.Equal("2026-12-04T17:30:00", Local(downtime.FirstBusinessOverlap!.Value, downtime.Zone));
    }

    [Fact]
    public void The_spring_forward_night_ends_an_hour_later_on_the_clock()
    {
        // 01:30 CET is 00:30 UTC; 105 min later is 02:15 UTC, which is 04:15 CEST: the clock skipped 02:00-03:00.
        var downtime = Plan("5.3.2", "5.6.0", 1, start: "2026-03-29T01:30", timeZone: "Europe/Brussels").Downtime!;

        Assert.Equal(("2026-03-29T00:30:00Z", "2026-03-29T02:15:00Z"), (Utc(downtime.Start), Utc(downtime.EstimatedEnd)));
        Assert.Equal("2026-03-29T04:15:00", Local(downtime.EstimatedEnd, downtime.Zone));
        Assert.False(downtime.OverlapsBusinessHours);
    }

    [Fact]
    public void The_fall_back_night_ends_an_hour_earlier_on_the_clock()
    {
        // 01:30 CEST is 23:30 UTC the day before; 105 min later is 01:15 UTC, which is 02:15 CET.
        var downtime = Plan("5.3.2", "5.6.0", 1, start: "2026-10-25T01:30", timeZone: "Europe/Brussels").Downtime!;

        Assert.Equal(("2026-10-24T23:30:00Z", "2026-10-25T01:15:00Z"), (Utc(downtime.Start), Utc(downtime.EstimatedEnd)));
        Assert.Equal("2026-10-25T02:15:00", Local(downtime.EstimatedEnd, downtime.Zone));
    }

    [Fact]
    public void An_offset_picks_one_of_the_repeated_hours()
    {
        var downtime = Plan("5.5.1", "5.6.0", 1, start: "2026-10-25T02:30+01:00", timeZone: "Europe/Brussels").Downtime!;

        Assert.Equal("2026-10-25T01:30:00Z", Utc(downtime.Start));
    }

    [Fact]
    public void Business_hours_follow_the_clock_across_the_US_change_to_summer_time()
    {
        // 12 appliances from 5.0.6: 165 min x 12 = 33 h. From Saturday 23:00 EST (04:00 UTC), 33 h later is Monday 13:00 UTC,
        // which is 09:00 EDT since clocks jumped from 02:00 to 03:00 on Sunday: the last hour falls in business hours.
        // Counted on the wall clock (23:00 + 33 h = Monday 08:00) it would seem to end just in time.
        var downtime = Plan("5.0.6", "5.6.0", 12, start: "2026-03-07T23:00", timeZone: "America/New_York").Downtime!;

        Assert.Equal(1980, (long)downtime.Estimate!.Value.TotalMinutes);
        Assert.Equal(("2026-03-08T04:00:00Z", "2026-03-09T13:00:00Z"), (Utc(downtime.Start), Utc(downtime.EstimatedEnd)));
        Assert.Equal("2026-03-09T09:00:00", Local(downtime.EstimatedEnd, downtime.Zone));
        Assert.Equal("2026-03-09T08:00:00", Local(downtime.FirstBusinessOverlap!.Value, downtime.Zone));
        Assert.Equal("2026-03-09T12:00:00Z", Utc(downtime.FirstBusinessOverlap!.Value));
    }

    [Fact]
    public void Without_a_start_there_is_no_calendar_but_the_estimate_stands()
    {
        var runbook = Plan("5.3.2", "5.6.0", 3, timeZone: "Europe/Brussels");

        Assert.Null(runbook.Downtime);
        Assert.Equal(315, runbook.EstimateMinutes);
    }
}
