using NodaTime;
using NodaTime.Text;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>SchedulePlacement.Place: where schedule.start falls in time, or why it cannot be placed.</summary>
public sealed class SchedulePlacementTests
{
    private static Instant Utc(string text) => InstantPattern.General.Parse(text).GetValueOrThrow();

    [Fact]
    public void A_local_time_in_a_zone_is_placed_at_its_instant()
    {
        var placement = SchedulePlacement.Place(Schedule("2026-12-05T22:00", "Europe/Brussels"));

        Assert.True(placement.IsPlaced);
        Assert.Equal(PlacementProblem.None, placement.Problem);
        Assert.Equal(Utc("2026-12-05T21:00:00Z"), placement.Start);
        Assert.Equal("Europe/Brussels", placement.Zone!.Id);
    }

    [Fact]
    public void A_summer_local_time_uses_the_summer_offset()
    {
        var placement = SchedulePlacement.Place(Schedule("2026-07-04T22:00", "Europe/Brussels"));

        Assert.Equal(Utc("2026-07-04T20:00:00Z"), placement.Start);
    }

    [Fact]
    public void A_local_time_in_the_spring_forward_gap_is_skipped()
    {
        // 2027-03-28 in Brussels: 02:00 CET jumps to 03:00 CEST; 02:30 never happens.
        var placement = SchedulePlacement.Place(Schedule("2027-03-28T02:30", "Europe/Brussels"));

        Assert.False(placement.IsPlaced);
        Assert.Equal(PlacementProblem.SkippedLocalTime, placement.Problem);
        Assert.NotNull(placement.Mapping);
        Assert.Equal(0, placement.Mapping!.Count);
        Assert.Equal(Offset.FromHours(1), placement.Mapping.EarlyInterval.WallOffset);
        Assert.Equal(Offset.FromHours(2), placement.Mapping.LateInterval.WallOffset);
    }

    [Fact]
    public void A_local_time_repeated_by_the_fall_back_is_ambiguous()
    {
        // 2026-10-25 in Brussels: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice.
        var placement = SchedulePlacement.Place(Schedule("2026-10-25T02:30", "Europe/Brussels"));

        Assert.False(placement.IsPlaced);
        Assert.Equal(PlacementProblem.AmbiguousLocalTime, placement.Problem);
        Assert.Equal(2, placement.Mapping!.Count);
        Assert.Equal(Utc("2026-10-25T00:30:00Z"), placement.Mapping.First().ToInstant());
        Assert.Equal(Utc("2026-10-25T01:30:00Z"), placement.Mapping.Last().ToInstant());
    }

    [Theory]
    [InlineData("2026-10-25T02:30+02:00", "2026-10-25T00:30:00Z")]
    [InlineData("2026-10-25T02:30+01:00", "2026-10-25T01:30:00Z")]
    [InlineData("2027-03-28T02:30+01:00", "2027-03-28T01:30:00Z")]
    public void An_offset_resolves_a_gap_or_an_ambiguity_and_the_zone_still_gives_business_hours(string start, string instant)
    {
        var placement = SchedulePlacement.Place(Schedule(start, "Europe/Brussels"));

        Assert.True(placement.IsPlaced);
        Assert.Equal(Utc(instant), placement.Start);
        Assert.Equal("Europe/Brussels", placement.Zone!.Id);
    }

    [Theory]
    [InlineData("2026-12-05T21:00+01:00", "2026-12-05T20:00:00Z", 1 * 3600)]
    [InlineData("2026-12-05T21:00:30-05:30", "2026-12-06T02:30:30Z", -(5 * 3600 + 1800))]
    [InlineData("2026-12-05T21:00Z", "2026-12-05T21:00:00Z", 0)]
    [InlineData("2026-12-05T21:00+0530", "2026-12-05T15:30:00Z", 5 * 3600 + 1800)]
    public void An_offset_without_a_zone_places_the_start_in_that_fixed_offset(string start, string instant, int offsetSeconds)
    {
        var placement = SchedulePlacement.Place(Schedule(start, null));

        Assert.True(placement.IsPlaced);
        Assert.Equal(Utc(instant), placement.Start);
        Assert.Equal(Offset.FromSeconds(offsetSeconds), placement.Zone!.GetUtcOffset(placement.Start));
        Assert.Equal(Offset.FromSeconds(offsetSeconds), placement.Zone.GetUtcOffset(Utc("2026-07-01T00:00:00Z")));
    }

    [Theory]
    [InlineData("Europe/Brusels")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Etc/GMT+14")]
    public void An_unknown_zone_cannot_place_the_start(string zone)
    {
        var placement = SchedulePlacement.Place(Schedule("2026-12-05T22:00", zone));

        Assert.False(placement.IsPlaced);
        Assert.Equal(PlacementProblem.UnknownTimeZone, placement.Problem);
        Assert.Null(placement.Zone);
    }

    [Fact]
    public void An_unknown_zone_is_reported_even_when_the_start_has_an_offset()
    {
        var placement = SchedulePlacement.Place(Schedule("2026-12-05T22:00+01:00", "Europe/Brusels"));

        Assert.Equal(PlacementProblem.UnknownTimeZone, placement.Problem);
    }

    [Fact]
    public void No_offset_and_no_zone_is_not_placed()
    {
        Assert.Equal(PlacementProblem.NotPlaced, SchedulePlacement.Place(Schedule("2026-12-05T22:00", null)).Problem);
    }

    [Fact]
    public void A_malformed_start_or_zone_is_not_placed()
    {
        Assert.Equal(PlacementProblem.NotPlaced, SchedulePlacement.Place(Schedule("Saturday 22:00", "Europe/Brussels")).Problem);
        Assert.Equal(PlacementProblem.NotPlaced, SchedulePlacement.Place(Schedule("2026-12-05T22:00", "(UTC+01:00) Brussels")).Problem);
        Assert.Equal(PlacementProblem.NotPlaced, SchedulePlacement.Place(new ScheduleSection(UpgradeGuard.Core.Text.SourceSpan.FileStart)).Problem);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Europe/Brussels")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("Etc/GMT-14")]
    public void Known_zones_are_found(string id)
    {
        Assert.NotNull(SchedulePlacement.FindZone(id));
    }

    [Fact]
    public void The_engine_reports_the_gap_and_the_ambiguity_as_UG5004_at_the_start_value_and_nothing_else_of_UG5xxx()
    {
        foreach (var start in new[] { "2027-03-28T02:30", "2026-10-25T02:30" })
        {
            var result = Analyze(
                "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: {nodes: 1, version: 5.5.1}\n" +
                $"schedule:\n  start: {start}\n  timeZone: Europe/Brussels\n  window: 30m\n" +
                "upgrade:\n  to: 5.6.0\n  steps:\n    - snapshot: all\n    - upgrade: 5.6.0\n");

            var finding = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("UG5", System.StringComparison.Ordinal));
            Assert.Equal("UG5004", finding.Id);
            Assert.Equal(5, finding.Span.StartLine);
            Assert.Equal(10, finding.Span.StartColumn);
            Assert.Equal(26, finding.Span.EndColumn);
        }
    }
}
