using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Engine;

/// <summary>
/// Suppressed findings are kept apart (AnalysisResult.SuppressedDiagnostics), marked with the comment and its reason,
/// for SARIF; Diagnostics, which every other surface reads, still leaves them out.
/// </summary>
public sealed class SuppressedFindingsTests
{
    private const string Scheduled = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        schedule:
          start: 2026-12-07T16:00   # upgrade-guard: disable-line UG5001 -- approved by change board
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: abort

        """;

    private static AnalysisResult Analyze(string text, AnalysisOptions? options = null) => new UpgradeGuardEngine().Analyze("s.upgrade.yaml", text, options);

    [Fact]
    public void A_disable_line_comment_keeps_the_finding_apart_with_its_reason()
    {
        var result = Analyze(Scheduled);
        Assert.Empty(result.Diagnostics);
        var suppressed = Assert.Single(result.SuppressedDiagnostics);
        Assert.Equal(("UG5001", 7, 10, Severity.Warning), (suppressed.Id, suppressed.Span.StartLine, suppressed.Span.StartColumn, suppressed.Severity));
        Assert.True(suppressed.IsSuppressed);
        Assert.Equal(("disable-line", 7, "approved by change board"), (suppressed.Suppression!.Directive, suppressed.Suppression.CommentLine, suppressed.Suppression.Reason));
    }

    [Fact]
    public void A_comment_without_a_reason_has_none()
    {
        var result = Analyze(Scheduled.Replace("  start: 2026-12-07T16:00   # upgrade-guard: disable-line UG5001 -- approved by change board",
            "  # upgrade-guard: disable-next-line UG5001\n  start: 2026-12-07T16:00"));
        var suppressed = Assert.Single(result.SuppressedDiagnostics);
        Assert.Equal(("disable-next-line", 7, (string?)null), (suppressed.Suppression!.Directive, suppressed.Suppression.CommentLine, suppressed.Suppression.Reason));
    }

    [Fact]
    public void The_comment_on_the_line_wins_over_a_disable_file_and_a_disable_file_gives_its_own_reason()
    {
        var both = Analyze("# upgrade-guard: disable-file UG5001, UG2006 --  whole file: lab cluster  \n" + Scheduled);
        Assert.Equal("approved by change board", Assert.Single(both.SuppressedDiagnostics).Suppression!.Reason);

        var fileOnly = Analyze("# upgrade-guard: disable-file UG5001 --  whole file: lab cluster  \n" + Scheduled.Replace(" -- approved by change board", "").Replace("disable-line UG5001", "disable-line UG2006"));
        var suppressed = Assert.Single(fileOnly.SuppressedDiagnostics);
        Assert.Equal(("disable-file", 1, "whole file: lab cluster"), (suppressed.Suppression!.Directive, suppressed.Suppression.CommentLine, suppressed.Suppression.Reason));
    }

    [Fact]
    public void A_rule_turned_off_by_configuration_is_not_kept_as_suppressed()
    {
        var off = new SeverityConfiguration(new Dictionary<string, Severity> { ["UG5001"] = Severity.None });
        var result = Analyze(Scheduled, new AnalysisOptions { Severities = off });
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.SuppressedDiagnostics);
    }

    [Fact]
    public void Without_a_comment_nothing_is_suppressed()
    {
        var result = Analyze(Scheduled.Replace("   # upgrade-guard: disable-line UG5001 -- approved by change board", ""));
        Assert.Equal("UG5001", Assert.Single(result.Diagnostics).Id);
        Assert.False(result.Diagnostics[0].IsSuppressed);
        Assert.Empty(result.SuppressedDiagnostics);
    }

    [Fact]
    public void Find_names_the_comment_for_an_id_and_line()
    {
        var suppressions = Suppressions.Read("a: 1  # upgrade-guard: disable-line UG2001 UG2002 -- two\n# upgrade-guard: disable-next-line -- all of them\nb: 2\n", null);
        Assert.Equal("two", suppressions.Find("UG2002", 1)!.Reason);
        Assert.Null(suppressions.Find("UG2003", 1));
        Assert.Equal("all of them", suppressions.Find("UG9999", 3)!.Reason);
        Assert.Null(suppressions.Find("UG2001", 2));
    }
}
