using System.Linq;
using NodaTime;
using NodaTime.Text;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>BusinessHours.FirstOverlap: instants in, the first business instant of [start, end) out.</summary>
public sealed class BusinessHoursTests
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly IsoDayOfWeek[] EveryDay =
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    };

    /// <summary>An unambiguous local time in <paramref name="zone"/>.</summary>
    private static Instant Local(string text, DateTimeZone zone) =>
        zone.AtStrictly(LocalDateTimePattern.GeneralIso.Parse(text).GetValueOrThrow()).ToInstant();

    private static Instant Utc(string text) => InstantPattern.General.Parse(text).GetValueOrThrow();

    private static BusinessHours Hours(IsoDayOfWeek[] days, int startHour, int endHour, params string[] holidays) =>
        new BusinessHours(days, new LocalTime(startHour, 0), new LocalTime(endHour, 0),
            holidays.Select(h => LocalDatePattern.Iso.Parse(h).GetValueOrThrow()));

    private static string? Show(Instant? instant, DateTimeZone zone) =>
        instant is null ? null : LocalDateTimePattern.GeneralIso.Format(instant.Value.InZone(zone).LocalDateTime);

    [Fact]
    public void Sunday_night_into_Monday_morning_overlaps_at_Monday_0800()
    {
        var start = Local("2026-12-06T23:00:00", Brussels); // Sunday
        var overlap = BusinessHours.Default.FirstOverlap(start, start + Duration.FromHours(10), Brussels);

        Assert.Equal("2026-12-07T08:00:00", Show(overlap, Brussels));
        Assert.Equal(Utc("2026-12-07T07:00:00Z"), overlap);
    }

    [Fact]
    public void Sunday_night_ending_exactly_at_0800_does_not_overlap()
    {
        var start = Local("2026-12-06T23:00:00", Brussels);

        Assert.Null(BusinessHours.Default.FirstOverlap(start, start + Duration.FromHours(9), Brussels));
    }

    [Fact]
    public void Saturday_night_is_outside_default_business_hours()
    {
        var start = Local("2026-12-05T22:00:00", Brussels);

        Assert.Null(BusinessHours.Default.FirstOverlap(start, start + Duration.FromHours(6), Brussels));
    }

    [Fact]
    public void A_window_starting_inside_business_hours_overlaps_at_its_start()
    {
        var start = Local("2026-12-07T09:00:00", Brussels); // Monday

        Assert.Equal(start, BusinessHours.Default.FirstOverlap(start, start + Duration.FromHours(1), Brussels));
    }

    [Fact]
    public void A_holiday_has_no_business_hours()
    {
        var start = Local("2026-11-11T09:00:00", Brussels); // Wednesday, Armistice Day
        var end = start + Duration.FromHours(6);

        Assert.Null(Hours(BusinessHours.DefaultDays.ToArray(), 8, 18, "2026-11-11").FirstOverlap(start, end, Brussels));
        Assert.Equal(start, BusinessHours.Default.FirstOverlap(start, end, Brussels));
    }

    [Fact]
    public void A_window_running_past_a_holiday_overlaps_the_next_working_morning()
    {
        var start = Local("2026-11-11T12:00:00", Brussels);
        var hours = Hours(BusinessHours.DefaultDays.ToArray(), 8, 18, "2026-11-01", "2026-11-11", "2026-12-25");

        Assert.Equal("2026-11-12T08:00:00", Show(hours.FirstOverlap(start, start + Duration.FromHours(21), Brussels), Brussels));
    }

    // Spring forward in Brussels: Sunday 2027-03-28, 02:00 CET -> 03:00 CEST. Saturday 23:00 CET is 22:00Z.
    // 8h30m later is 06:30Z = 08:30 CEST, inside Sunday business hours from 08:00; adding 8h30m to the local
    // 23:00 would wrongly give 07:30 and no overlap.
    [Fact]
    public void Spring_forward_window_ends_an_hour_later_in_local_time()
    {
        var hours = Hours(new[] { IsoDayOfWeek.Sunday }, 8, 18);
        var start = Local("2027-03-27T23:00:00", Brussels);

        var overlap = hours.FirstOverlap(start, start + Duration.FromMinutes(8 * 60 + 30), Brussels);

        Assert.Equal("2027-03-28T08:00:00", Show(overlap, Brussels));
        Assert.Equal(Utc("2027-03-28T06:00:00Z"), overlap);
        Assert.Null(hours.FirstOverlap(start, start + Duration.FromHours(8), Brussels));
    }

    // Fall back in Brussels: Sunday 2026-10-25, 03:00 CEST -> 02:00 CET. Saturday 23:00 CEST is 21:00Z; 10 hours
    // later is 07:00Z = 08:00 CET, exactly when business hours open, so no overlap; local arithmetic (09:00) would
    // wrongly report one.
    [Fact]
    public void Fall_back_window_ends_an_hour_earlier_in_local_time()
    {
        var hours = Hours(new[] { IsoDayOfWeek.Sunday }, 8, 18);
        var start = Local("2026-10-24T23:00:00", Brussels);

        Assert.Null(hours.FirstOverlap(start, start + Duration.FromHours(10), Brussels));
        Assert.Equal("2026-10-25T08:00:00", Show(hours.FirstOverlap(start, start + Duration.FromMinutes(10 * 60 + 1), Brussels), Brussels));
    }

    [Fact]
    public void Spring_forward_in_New_York()
    {
        // Sunday 2027-03-14, 02:00 EST -> 03:00 EDT. Saturday 22:00 EST = 03:00Z; +9h30m = 12:30Z = 08:30 EDT.
        var hours = Hours(new[] { IsoDayOfWeek.Sunday }, 8, 18);
        var start = Local("2027-03-13T22:00:00", NewYork);

        Assert.Equal("2027-03-14T08:00:00", Show(hours.FirstOverlap(start, start + Duration.FromMinutes(9 * 60 + 30), NewYork), NewYork));
        Assert.Null(hours.FirstOverlap(start, start + Duration.FromHours(9), NewYork));
    }

    [Fact]
    public void Custom_days_and_hours_of_a_call_centre()
    {
        var hours = Hours(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday }, 7, 20);

        var saturdayNight = Local("2026-12-05T20:30:00", NewYork);
        Assert.Null(hours.FirstOverlap(saturdayNight, saturdayNight + Duration.FromMinutes(90), NewYork));

        var saturdayEvening = Local("2026-12-05T19:00:00", NewYork);
        Assert.Equal(saturdayEvening, hours.FirstOverlap(saturdayEvening, saturdayEvening + Duration.FromHours(1), NewYork));

        var sunday = Local("2026-12-06T10:00:00", NewYork);
        Assert.Null(hours.FirstOverlap(sunday, sunday + Duration.FromHours(2), NewYork));

        var sundayNight = Local("2026-12-06T22:00:00", NewYork);
        Assert.Equal("2026-12-07T07:00:00", Show(hours.FirstOverlap(sundayNight, sundayNight + Duration.FromHours(10), NewYork), NewYork));
    }

    [Fact]
    public void No_business_days_means_no_overlap()
    {
        var start = Local("2026-12-07T09:00:00", Brussels);

        Assert.Null(Hours(new IsoDayOfWeek[0], 8, 18).FirstOverlap(start, start + Duration.FromHours(2), Brussels));
    }

    [Fact]
    public void An_empty_or_reversed_window_never_overlaps()
    {
        var start = Local("2026-12-07T09:00:00", Brussels);

        Assert.Null(BusinessHours.Default.FirstOverlap(start, start, Brussels));
        Assert.Null(BusinessHours.Default.FirstOverlap(start, start - Duration.FromHours(1), Brussels));
    }

    [Fact]
    public void Business_hours_ending_at_midnight_close_at_the_end_of_the_day()
    {
        var hours = Hours(new[] { IsoDayOfWeek.Friday }, 16, 0);

        var fridayLate = Local("2026-12-04T23:30:00", Brussels);
        Assert.Equal(fridayLate, hours.FirstOverlap(fridayLate, fridayLate + Duration.FromHours(1), Brussels));

        var saturdayMidnight = Local("2026-12-05T00:00:00", Brussels);
        Assert.Null(hours.FirstOverlap(saturdayMidnight, saturdayMidnight + Duration.FromHours(1), Brussels));

        var fridayMorning = Local("2026-12-04T10:00:00", Brussels);
        Assert.Equal("2026-12-04T16:00:00", Show(hours.FirstOverlap(fridayMorning, fridayMorning + Duration.FromHours(7), Brussels), Brussels));
    }

    [Fact]
    public void Business_hours_ending_after_midnight_run_into_the_next_day()
    {
        // A night shift on Fridays, 18:00 to 02:00: Saturday 01:00 still belongs to Friday's shift.
        var hours = Hours(new[] { IsoDayOfWeek.Friday }, 18, 2);

        var saturdayOne = Local("2026-12-05T01:00:00", Brussels);
        Assert.Equal(saturdayOne, hours.FirstOverlap(saturdayOne, saturdayOne + Duration.FromHours(2), Brussels));

        var saturdayTwo = Local("2026-12-05T02:00:00", Brussels);
        Assert.Null(hours.FirstOverlap(saturdayTwo, saturdayTwo + Duration.FromHours(2), Brussels));

        var thursdayNight = Local("2026-12-03T23:00:00", Brussels); // Thursday is not a shift day
        Assert.Null(hours.FirstOverlap(thursdayNight, thursdayNight + Duration.FromHours(4), Brussels));
    }

    [Fact]
    public void Business_hours_ending_when_they_start_last_a_whole_day()
    {
        var hours = Hours(new[] { IsoDayOfWeek.Monday }, 8, 8);

        var mondayEarly = Local("2026-12-07T07:00:00", Brussels);
        Assert.Null(hours.FirstOverlap(mondayEarly, mondayEarly + Duration.FromMinutes(30), Brussels));

        var tuesdayEarly = Local("2026-12-08T07:00:00", Brussels);
        Assert.Equal(tuesdayEarly, hours.FirstOverlap(tuesdayEarly, tuesdayEarly + Duration.FromMinutes(30), Brussels));
    }

    [Fact]
    public void Business_hours_in_a_fixed_offset()
    {
        var zone = DateTimeZone.ForOffset(Offset.FromHours(1));
        var start = Utc("2026-12-05T20:00:00Z"); // Saturday 21:00 at +01:00

        Assert.Null(BusinessHours.Default.FirstOverlap(start, start + Duration.FromHours(2), zone));
        Assert.Equal(Utc("2026-12-07T07:00:00Z"), BusinessHours.Default.FirstOverlap(start, start + Duration.FromHours(40), zone));
    }

    [Fact]
    public void A_very_long_window_still_finds_the_first_business_day_after_holidays()
    {
        var hours = Hours(new[] { IsoDayOfWeek.Sunday }, 8, 18, "2026-12-06");
        var start = Local("2026-12-05T22:00:00", Brussels);

        Assert.Equal("2026-12-13T08:00:00", Show(hours.FirstOverlap(start, start + Duration.FromDays(9999), Brussels), Brussels));
    }

    [Fact]
    public void Every_day_hours_overlap_any_window_of_a_day()
    {
        var hours = Hours(EveryDay, 8, 18);
        var start = Local("2026-12-05T22:00:00", Brussels);

        Assert.Equal("2026-12-06T08:00:00", Show(hours.FirstOverlap(start, start + Duration.FromDays(1), Brussels), Brussels));
    }

    [Fact]
    public void The_engine_counts_the_downtime_in_instants_across_the_spring_forward()
    {
        string Manifest(string window) =>
            "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: {nodes: 1, version: 5.5.1}\n" +
            $"schedule:\n  start: 2027-03-27T23:00\n  timeZone: Europe/Brussels\n  window: {window}\n  businessHours:\n    days: [sun]\n" +
            "upgrade:\n  to: 5.6.0\n  steps:\n    - snapshot: all\n    - upgrade: 5.6.0\n";

        var late = Analyze(Manifest("8h30m"));
        var onTime = Analyze(Manifest("8h"));

        var finding = Assert.Single(late.Diagnostics, d => d.Id == "UG5001");
        Assert.Contains("2027-03-28 08:00", finding.Message);
        Assert.DoesNotContain(onTime.Diagnostics, d => d.Id == "UG5001");
    }
}
