using System.Linq;
using UpgradeGuard.Core.Editing;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Reporting.Runbooks;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>
/// A rule's message, the hover and the runbook say one fact of the plan in the same words: a surface that computed the
/// fact again (or worded it again) would drift and fail here.
/// </summary>
public sealed class PlanSurfacesAgreeTests
{
    private const string Manifest = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 3
          version: 5.4.4
        database:
          type: external
          engine: sqlserver
          version: "2016"
          tls:
            protocols: ["1.2"]
        schedule:
          start: 2026-12-07T07:30
          timeZone: Europe/Brussels
        upgrade:
          to: 5.5.1
          steps:
            - snapshot: all
              database: true
            - upgrade: 5.5.1

        """;

    [Fact]
    public void The_overlap_with_business_hours_reads_the_same_in_UG5001_the_hover_and_the_runbook()
    {
        var result = Analyze(Manifest);
        var downtime = result.Plan!.Downtime!;
        string overlap = Wording.BusinessHoursOverlap(downtime);
        Assert.Contains("overlaps business hours (Mon-Fri 08:00-18:00 Europe/Brussels) from Mon 2026-12-07 08:00;", overlap);

        var rule = Assert.Single(result.Diagnostics, d => d.Id == "UG5001");
        Assert.EndsWith(") " + overlap, rule.Message);
        var hover = HoverProvider.At(result, Manifest.IndexOf("2026-12-07T07:30", System.StringComparison.Ordinal) + 1)!;
        Assert.Contains("The downtime " + overlap + ".", hover.Markdown);
        var runbook = Runbook.FromManifest(result);
        Assert.Contains("Business hours: the downtime " + overlap + "\n", RunbookFormats.Render(runbook, RunbookFormats.Text));
        // The runbook's plan places the same downtime (its path is the manifest's single hop).
        Assert.Equal((downtime.Start, downtime.End, downtime.FirstBusinessOverlap), (runbook.Downtime!.Start, runbook.Downtime.End, runbook.Downtime.FirstBusinessOverlap));
    }

    [Fact]
    public void A_skipped_start_is_explained_the_same_by_UG5004_and_plan()
    {
        var text = Manifest.Replace("2026-12-07T07:30", "2026-03-29T02:30");
        var result = Analyze(text);

        var rule = Assert.Single(result.Diagnostics, d => d.Id == "UG5004");
        var problem = Assert.Single(Runbook.FromManifest(result).Problems);
        Assert.Equal("the start " + rule.Message, problem.Message);
        Assert.Contains("clocks jump from 02:00 to 03:00 on 2026-03-29 (UTC+01:00 to UTC+02:00)", rule.Message);
    }

    [Fact]
    public void Where_an_upgrade_database_step_fits_reads_the_same_in_UG3001_and_the_runbook()
    {
        var result = Analyze(Manifest);
        const string both = "15.0 (2019) is supported by both 5.4.4 and 5.5.1";

        var rule = Assert.Single(result.Diagnostics, d => d.Id == "UG3001");
        Assert.Contains($"an 'upgrade-database: \"15.0\"' step before the upgrade to 5.5.1 would fit ({both})", rule.Message);
        var runbook = Runbook.FromManifest(result);
        Assert.Contains(Assert.Single(runbook.Hops).Notes, note => note.EndsWith($"upgrade it to 15.0 (2019) before this hop ({both})", System.StringComparison.Ordinal));
        Assert.Equal("backup-database upgrade-database:\"15.0\"", string.Join(" ", runbook.Hops[0].Steps.Where(s => s.Kind is RunbookStepKind.BackupDatabase or RunbookStepKind.UpgradeDatabase).Select(s => s.Kind == RunbookStepKind.UpgradeDatabase ? $"{s.Action}:{s.Value}" : s.Action)));
    }

    [Fact]
    public void The_database_rows_of_the_hover_are_the_points_UG3001_checks()
    {
        var result = Analyze(Manifest);
        var course = result.Plan!.Database!;
        var hover = HoverProvider.At(result, Manifest.IndexOf("\"2016\"", System.StringComparison.Ordinal) + 1)!;

        foreach (var point in course.Points)
        {
            string label = point.IsStart ? $"{point.Version} (today)" : point.Version.ToString();
            string mark = point.IsOutOfRange ? "✗" : "✓";
            Assert.Contains($"| {label} | {Wording.Ranges(course.Engine, point.Lookup.Ranges!).Replace(" or ", ", ")} {mark} | {course.Engine.DisplayVersion(point.InForce.Version)} |", hover.Markdown);
        }
        var rule = Assert.Single(result.Diagnostics, d => d.Id == "UG3001");
        Assert.Contains(string.Join(", ", course.Points.Where(p => p.IsOutOfRange).Select(p => p.Version)), rule.Message);
    }

    [Fact]
    public void Two_appliances_are_both_appliances_in_UG4001_and_the_runbook()
    {
        var text = Manifest.Replace("nodes: 3", "nodes: 2").Replace("    - snapshot: all\n      database: true\n", "");
        var result = Analyze(text);

        var rule = Assert.Single(result.Diagnostics, d => d.Id == "UG4001");
        Assert.Contains("shut down and snapshot both appliances and the external database", rule.Message);
        var snapshot = Runbook.FromManifest(result).Hops[0].Steps.Single(s => s.Kind == RunbookStepKind.Snapshot);
        Assert.StartsWith("shut down and snapshot both appliances, ", snapshot.Description);
    }
}
