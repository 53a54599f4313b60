using NodaTime;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>The one wording module: counts, durations, times, daylight-saving changes, a database fit.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData(45, "45 min")]
    [InlineData(60, "1h (60 min)")]
    [InlineData(105, "1h45m (105 min)")]
    [InlineData(315, "5h15m (315 min)")]
    public void Minutes_are_formatted_for_messages(long minutes, string expected)
    {
        Assert.Equal(expected, Wording.Minutes(minutes));
    }

    [Fact]
    public void A_duration_is_rounded_up_to_the_minute()
    {
        Assert.Equal("1h01m (61 min)", Wording.Duration(Duration.FromSeconds(3601)));
    }

    [Theory]
    [InlineData(1, "1 appliance", "the appliance")]
    [InlineData(2, "2 appliances", "both appliances")]
    [InlineData(3, "3 appliances", "all 3 appliances")]
    public void Appliances_are_counted_one_way(int nodes, string count, string every)
    {
        Assert.Equal(count, Wording.Appliances(nodes));
        Assert.Equal(every, Wording.EveryAppliance(nodes));
    }

    [Fact]
    public void Irregular_plurals_are_given()
    {
        Assert.Equal("1 address", Wording.Count(1, "address", "addresses"));
        Assert.Equal("2 addresses", Wording.Count(2, "address", "addresses"));
        Assert.Equal("4 hops", Wording.Count(4, "hop"));
    }

    [Fact]
    public void Times_in_the_zone_and_in_UTC()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Brussels"];
        var instant = Instant.FromUtc(2026, 12, 5, 21, 0);
        Assert.Equal("Sat 2026-12-05 22:00", Wording.Local(instant, zone));
        Assert.Equal("Sat 2026-12-05 21:00", Wording.UtcCell(instant));
        Assert.Equal("2026-12-05 21:00 UTC", Wording.Utc(instant));
        Assert.Equal("Sat 2026-12-05 22:00 Europe/Brussels (2026-12-05 21:00 UTC)", Wording.Moment(instant, zone));
        Assert.Equal("Sat 22:00", Wording.ShortLocal(instant, zone));
    }

    [Fact]
    public void A_skipped_and_a_repeated_local_time_are_explained_with_both_offsets()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Brussels"];
        Assert.Equal("2026-03-29T02:30 does not exist in Europe/Brussels: clocks jump from 02:00 to 03:00 on 2026-03-29 (UTC+01:00 to UTC+02:00); pick another time, or write an offset",
            Wording.DaylightSavingChange("2026-03-29T02:30", zone, zone.MapLocal(new LocalDateTime(2026, 3, 29, 2, 30))));
        Assert.Equal("2026-10-25T02:30 happens twice in Europe/Brussels (at UTC+02:00 and again at UTC+01:00, when clocks go back); write the offset you mean, e.g. 2026-10-25T02:30+02:00",
            Wording.DaylightSavingChange("2026-10-25T02:30", zone, zone.MapLocal(new LocalDateTime(2026, 10, 25, 2, 30))));
        Assert.Null(Wording.DaylightSavingChange("2026-12-05T22:00", zone, zone.MapLocal(new LocalDateTime(2026, 12, 5, 22, 0))));
    }

    [Fact]
    public void A_database_version_that_both_versions_support()
    {
        var engine = SecureWorkspace.Engines["sqlserver"];
        var fit = DatabaseCourse.CommonRange(SecureWorkspace, engine, V("5.4.4"), V("5.5.1"))!;
        Assert.Equal("15.0 (2019) is supported by both 5.4.4 and 5.5.1", Wording.SupportedByBoth(engine, fit, V("5.4.4"), V("5.5.1")));
        Assert.Equal("no SQL Server version is supported by both 5.4.4 and 5.5.1", Wording.NoneSupportedByBoth(engine, V("5.4.4"), V("5.5.1")));
    }
}
