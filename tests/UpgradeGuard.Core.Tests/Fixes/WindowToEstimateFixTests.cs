using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class WindowToEstimateFixTests
{
    private const string ShortWindow = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 3
          version: 5.3.2
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 4h          # booked with the change board
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.3.3
            - snapshot: all
            - upgrade: 5.4.4
            - snapshot: all
            - upgrade: 5.5.1
            - snapshot: all
            - upgrade: 5.6.0

        """;

    [Fact]
    public void The_window_becomes_the_estimate()
    {
        var fixedText = ApplyRuleFix(ShortWindow, RuleIds.WindowBelowEstimate);

        Assert.Equal(ShortWindow.Replace("window: 4h", "window: 5h15m"), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Theory]
    [InlineData("\"4h\"", "\"5h15m\"")]
    [InlineData("'PT4H'", "'5h15m'")]
    [InlineData("90m", "5h15m")]
    public void Quotes_are_kept(string written, string expected)
    {
        var text = ShortWindow.Replace("window: 4h", "window: " + written);

        Assert.Equal(ShortWindow.Replace("window: 4h", "window: " + expected), ApplyRuleFix(text, RuleIds.WindowBelowEstimate));
    }

    [Theory]
    [InlineData(1, "15m")]
    [InlineData(4, "1h")]
    [InlineData(6, "1h30m")]
    public void Whole_hours_and_minutes_are_written_as_a_manifest_duration(int nodes, string expected)
    {
        var text = """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 1
              version: 5.5.1
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
              window: 10m
            upgrade:
              to: 5.6.0
              steps:
                - snapshot: all
                - upgrade: 5.6.0

            """.Replace("nodes: 1", "nodes: " + nodes);

        var fixedText = ApplyRuleFix(text, RuleIds.WindowBelowEstimate);

        Assert.Contains("window: " + expected + "\n", fixedText);
        Assert.Empty(Ids(fixedText));
    }
}
