using System.Linq;
using NodaTime;
using NodaTime.Text;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>
/// The plan model the engine builds once per manifest (<see cref="AnalysisResult.Plan"/>): the downtime on the calendar
/// and the database course that rules, hover and runbooks read.
/// </summary>
public sealed class PlanModelTests
{
    private static UpgradePlan PlanOf(string yaml) => Analyze(yaml).Plan!;

    private static string Local(Instant? instant, DateTimeZone zone) => LocalDateTimePattern.GeneralIso.Format(instant!.Value.InZone(zone).LocalDateTime);

    private static string Utc(Instant? instant) => InstantPattern.General.Format(instant!.Value);

    private static string Scheduled(string manifest, string start, string timeZone = "Europe/Brussels", string? window = null) =>
        manifest.Replace("upgrade:\n", $"schedule:\n  start: {start}\n  timeZone: {timeZone}\n" + (window != null ? $"  window: {window}\n" : "") + "upgrade:\n");

    [Fact]
    public void The_downtime_across_the_spring_forward_night_is_counted_on_instants()
    {
        // 1 appliance 5.3.2 -> 5.6.0: 105 min. 01:30 CET is 00:30 UTC; the end, 02:15 UTC, is 04:15 CEST.
        var plan = PlanOf(Scheduled(Manifest(1, "5.3.2", "5.6.0"), "2026-03-29T01:30"));
        var downtime = plan.Downtime!;

        Assert.Equal(("2026-03-29T01:30:00", "2026-03-29T04:15:00"), (Local(downtime.Start, downtime.Zone), Local(downtime.End, downtime.Zone)));
        Assert.Equal(("2026-03-29T00:30:00Z", "2026-03-29T02:15:00Z"), (Utc(downtime.Start), Utc(downtime.End)));
        Assert.Equal(Duration.FromMinutes(105), downtime.Estimate);
        Assert.Equal(downtime.End, downtime.EstimatedEnd);
        Assert.Equal("the estimate", downtime.LengthBasis);
        Assert.False(downtime.OverlapsBusinessHours);
        Assert.Same(plan.Placement, downtime.Placement);
        Assert.Equal(1, downtime.Placement.Mapping!.Count);
    }

    [Fact]
    public void A_start_the_clocks_skip_keeps_its_mapping_and_has_no_downtime()
    {
        var plan = PlanOf(Scheduled(Manifest(1, "5.5.1", "5.6.0"), "2026-03-29T02:30"));

        Assert.Equal(PlacementProblem.SkippedLocalTime, plan.Placement!.Problem);
        Assert.Equal(0, plan.Placement.Mapping!.Count);
        Assert.Null(plan.Downtime);
    }

    [Fact]
    public void The_first_overlap_with_business_hours_and_the_booked_window()
    {
        // 3 appliances 5.5.1 -> 5.6.0: 45 min; the 2h window is longer, so the downtime runs 07:00-09:00 and meets 08:00.
        var plan = PlanOf(Scheduled(Manifest(3, "5.5.1", "5.6.0", "5.6.0"), "2026-12-07T07:00", window: "2h"));
        var downtime = plan.Downtime!;

        Assert.Equal("the booked window", downtime.LengthBasis);
        Assert.Equal("2026-12-07T09:00:00", Local(downtime.End, downtime.Zone));
        Assert.Equal("2026-12-07T07:45:00", Local(downtime.EstimatedEnd, downtime.Zone));
        Assert.Equal(downtime.End, downtime.BookedEnd);
        Assert.Equal("2026-12-07T08:00:00", Local(downtime.FirstBusinessOverlap, downtime.Zone));
        Assert.Equal("2026-12-07T07:00:00Z", Utc(downtime.FirstBusinessOverlap));
    }

    [Fact]
    public void Without_a_start_there_is_no_calendar()
    {
        var plan = PlanOf(Manifest(3, "5.5.1", "5.6.0", "5.6.0"));

        Assert.Null(plan.Placement);
        Assert.Null(plan.Downtime);
        Assert.Equal(45, plan.EstimateMinutes);
    }

    private const string WithDatabase = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.3.3
        database:
          type: external
          engine: sqlserver
          version: "2016"
        upgrade:
          to: 5.5.1
          steps:
            - snapshot: all
              database: true
            - upgrade: 5.4.4
            - backup-database: true
            - upgrade-database: "2019"
            - snapshot: all
              database: true
            - upgrade: 5.5.1

        """;

    [Fact]
    public void The_database_course_starts_at_the_version_running_today_and_follows_the_upgrade_database_step()
    {
        var course = PlanOf(WithDatabase).Database!;

        var start = course.Start!;
        Assert.True(start.IsStart);
        Assert.Equal(V("5.3.3"), start.Version);
        Assert.Equal("2016", start.InForce.Text);
        Assert.Null(start.InForce.Step);
        Assert.Equal("5.4.4 2016, 5.5.1 2019", string.Join(", ", course.AfterHops.Select(p => $"{p.Version} {p.InForce.Text}")));
        Assert.NotNull(course.AfterHops[1].InForce.Step);
        Assert.All(course.Points, p => Assert.False(p.IsOutOfRange));
        Assert.Equal("13.0 (2016) to 15.0 (2019)", Wording.Ranges(course.Engine, course.AfterHops[0].Lookup.Ranges!));
        // Where the upgrade-database step fits: the versions both 5.4.4 and 5.5.1 support, above the one in force.
        var fit = DatabaseCourse.CommonRange(course.Product, course.Engine, V("5.4.4"), V("5.5.1"), course.AfterHops[0].InForce.Version)!;
        Assert.Equal("15.0 (2019)", course.Engine.DisplayRange(fit));
    }

    [Fact]
    public void Without_the_step_the_course_shows_where_the_database_falls_out_of_range()
    {
        var course = PlanOf(WithDatabase.Replace("    - backup-database: true\n    - upgrade-database: \"2019\"\n", "")).Database!;

        var outOfRange = Assert.Single(course.Points, p => p.IsOutOfRange);
        Assert.Equal(V("5.5.1"), outOfRange.Version);
        Assert.True(outOfRange.IsTooOld);
        Assert.Equal(V("5.5.1"), outOfRange.Reached!.Hop.To);
    }

    [Fact]
    public void A_step_before_the_first_hop_is_in_force_at_the_start()
    {
        var course = PlanOf(WithDatabase.Replace("    - snapshot: all\n      database: true\n    - upgrade: 5.4.4\n", "")
            .Replace("    - upgrade: 5.5.1\n", "    - upgrade: 5.4.4\n    - snapshot: all\n      database: true\n    - upgrade: 5.5.1\n")).Database!;

        Assert.Equal("2019", course.Start!.InForce.Text);
        Assert.NotNull(course.Start.InForce.Step);
        Assert.All(course.Points, p => Assert.Equal("2019", p.InForce.Text));
    }

    [Fact]
    public void An_embedded_database_has_no_course()
    {
        Assert.Null(PlanOf(Manifest(3, "5.5.1", "5.6.0", "5.6.0")).Database);
    }

    [Fact]
    public void Without_a_product_there_is_no_plan_but_UG5001_still_places_the_booked_window()
    {
        var text = Scheduled(Manifest(3, "5.5.1", "5.6.0", "5.6.0"), "2026-12-07T09:00", window: "1h").Replace("kind: UpgradePlan\n", "kind: UpgradePlan\nproduct: no-such-product\n");
        var result = new UpgradeGuardEngine().Analyze("plan.upgrade.yaml", text);

        Assert.Null(result.Plan);
        Assert.Contains(result.Diagnostics, d => d.Id == "UG1005");
        var rule = Assert.Single(result.Diagnostics, d => d.Id == "UG5001");
        Assert.Contains("(Europe/Brussels; 1h (60 min), the booked window) overlaps business hours", rule.Message);
    }
}
