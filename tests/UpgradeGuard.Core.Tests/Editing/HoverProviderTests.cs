using UpgradeGuard.Core.Editing;
using Xunit;

namespace UpgradeGuard.Core.Tests.Editing;

public sealed class HoverProviderTests
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
          version: "2019"
        schedule:
          start: 2026-12-07T07:00
          timeZone: Europe/Brussels
          window: 2h
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
              database: true
            - upgrade: 5.5.1
            - snapshot: all
              database: true
            - upgrade: 5.6.0

        """;

    private static HoverInfo? HoverOn(string needle, int within = 1)
    {
        var result = new UpgradeGuardEngine().Analyze("hover.upgrade.yaml", Manifest);
        return HoverProvider.At(result, Manifest.IndexOf(needle, System.StringComparison.Ordinal) + within);
    }

    [Fact]
    public void On_the_cluster_version_the_path_to_the_target_with_the_estimate_per_hop()
    {
        var hover = HoverOn("5.4.4")!;
        Assert.Contains("Supported path: `5.4.4 -> 5.5.1 -> 5.6.0`", hover.Markdown);
        Assert.Contains("| 5.4.4 → 5.5.1", hover.Markdown);
        Assert.Contains("Total:", hover.Markdown);
        Assert.Equal("5.4.4", Manifest.Substring(hover.Span.StartOffset, hover.Span.Length));
    }

    [Fact]
    public void On_a_hop_the_hop_and_the_rest_of_the_way()
    {
        var hover = HoverOn("upgrade: 5.5.1", "upgrade: ".Length + 1)!;
        Assert.Contains("This hop, 5.4.4 to 5.5.1", hover.Markdown);
        Assert.Contains("Then from 5.5.1 to the target 5.6.0", hover.Markdown);
    }

    [Fact]
    public void On_the_database_version_the_supported_range_at_each_version_reached()
    {
        var hover = HoverOn("\"2019\"")!;
        Assert.Contains("| 5.4.4 (today) | 13.0 (2016) to 15.0 (2019) ✓ |", hover.Markdown);
        Assert.Contains("| 5.5.1 |", hover.Markdown);
        Assert.Contains("| 5.6.0 |", hover.Markdown);
        Assert.DoesNotContain("runs today, does not support", hover.Markdown);
    }

    [Fact]
    public void On_the_database_version_a_database_the_version_running_today_does_not_support_is_flagged_as_UG3001_reports_it()
    {
        // The case: 5.4.2 with SQL Server 2022 towards 5.5.1; only the version running today is out of range.
        var text = Manifest.Replace("version: 5.4.4", "version: 5.4.2").Replace("\"2019\"", "\"2022\"").Replace("to: 5.6.0", "to: 5.5.1")
            .Replace("    - snapshot: all\n      database: true\n    - upgrade: 5.6.0\n", "");
        var result = new UpgradeGuardEngine().Analyze("hover.upgrade.yaml", text);
        var hover = HoverProvider.At(result, text.IndexOf("\"2022\"", System.StringComparison.Ordinal) + 1)!;
        Assert.Contains("| 5.4.2 (today) | 13.0 (2016) to 15.0 (2019) ✗ | 16.0 (2022) |", hover.Markdown);
        Assert.Contains("| 5.5.1 | 15.0 (2019) to 16.0 (2022) ✓ |", hover.Markdown);
        Assert.Contains("5.4.2, the version the cluster runs today, does not support SQL Server 16.0 (2022)", hover.Markdown);
        Assert.Contains(result.Diagnostics, d => d.Id == "UG3001");
    }

    [Fact]
    public void On_the_start_the_downtime_in_local_time_and_UTC_and_business_hours()
    {
        var hover = HoverOn("2026-12-07T07:00")!;
        Assert.Contains("| start | Mon 2026-12-07 07:00 | Mon 2026-12-07 06:00 |", hover.Markdown);
        Assert.Contains("The downtime overlaps business hours (Mon-Fri 08:00-18:00 Europe/Brussels) from Mon 2026-12-07 08:00", hover.Markdown);
    }

    [Fact]
    public void On_a_start_outside_business_hours_the_runbook_words()
    {
        var text = Manifest.Replace("2026-12-07T07:00", "2026-12-05T22:00");
        var result = new UpgradeGuardEngine().Analyze("hover.upgrade.yaml", text);
        var hover = HoverProvider.At(result, text.IndexOf("2026-12-05T22:00", System.StringComparison.Ordinal) + 1)!;
        Assert.Contains("The downtime is outside business hours (Mon-Fri 08:00-18:00 Europe/Brussels).", hover.Markdown);
    }

    [Fact]
    public void Nothing_elsewhere()
    {
        Assert.Null(HoverOn("apiVersion"));
    }
}
