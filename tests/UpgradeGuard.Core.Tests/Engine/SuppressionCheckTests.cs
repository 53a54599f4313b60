using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Engine;

/// <summary>UG0002 (a suppression comment that cannot be read) and UG0003 (one that suppresses nothing).</summary>
public sealed class SuppressionCheckTests
{
    private readonly UpgradeGuardEngine _engine = new UpgradeGuardEngine();

    private IReadOnlyList<Diagnostic> Check(string text, AnalysisOptions? options = null) => _engine.Analyze("plan.upgrade.yaml", text, options).Diagnostics;

    private static string OnTarget(string comment) => Manifests.NotLatest.Replace("  to: 5.5.1\n", "  to: 5.5.1   " + comment + "\n");

    private static string Short(Diagnostic d) => $"{d.Span} {d.Severity.ToDisplay()} {d.Id}";

    [Theory]
    [InlineData("# upgrade-guard: disable-line UG50001", "'UG50001' is not a rule id")]
    [InlineData("# upgrade-guard: disable-line UG9999 -- reason", "'UG9999' is not a rule id")]
    [InlineData("# upgrade-guard: disable-lines UG2006", "unknown suppression directive 'disable-lines' (did you mean 'disable-line'?)")]
    [InlineData("# upgrade-guard: enable-line UG2006", "unknown suppression directive 'enable-line'")]
    [InlineData("# upgrade-guard: disable-line per change board", "'disable-line' is followed by 'per change board' but no rule id")]
    [InlineData("# upgrade-guard:", "names no directive")]
    public void A_comment_that_cannot_be_read_is_UG0002_at_the_comment_and_suppresses_nothing(string comment, string message)
    {
        var diagnostics = Check(OnTarget(comment));

        Assert.Equal(new[] { $"11:7-11:12 info UG2006", $"11:15-11:{15 + comment.Length} warning UG0002" }, diagnostics.Select(Short));
        Assert.Contains(message, diagnostics[1].Message);
    }

    [Fact]
    public void The_known_id_beside_an_unknown_one_still_suppresses()
    {
        var d = Assert.Single(Check(OnTarget("# upgrade-guard: disable-line UG2006, UG20066")));
        Assert.Equal(RuleIds.InvalidSuppression, d.Id);
        Assert.Equal("'UG20066' is not a rule id (did you mean UG2006?); rule ids are UG and four digits, as 'upgrade-guard rules' lists them; only UG2006 is suppressed here", d.Message);
    }

    [Theory]
    [InlineData("# upgrade-guard: disable-line ug2006")]
    [InlineData("# upgrade-guard: disable-line -- every rule on this line")]
    [InlineData("# upgrade-guard: disable-line")]
    [InlineData("# upgrade-guard: disable-line UG2006 per change board")]
    public void Readable_comments_that_suppress_their_finding_are_not_reported(string comment) =>
        Assert.Empty(Check(OnTarget(comment)));

    [Fact]
    public void A_comment_that_suppresses_nothing_is_UG0003_naming_the_ids()
    {
        var d = Assert.Single(Check(Manifests.Clean.Replace("  to: 5.6.0\n", "  to: 5.6.0   # upgrade-guard: disable-line UG2006 -- reason\n")));
        Assert.Equal("11:15-11:61 info UG0003", Short(d));
        Assert.Equal("'disable-line UG2006' suppresses nothing: no UG2006 finding on line 11; remove the comment", d.Message);
    }

    [Fact]
    public void A_directive_without_ids_that_suppresses_nothing_is_UG0003()
    {
        var d = Assert.Single(Check(Manifests.Clean.Replace("  to: 5.6.0\n", "  to: 5.6.0   # upgrade-guard: disable-line\n")));
        Assert.Equal("'disable-line' suppresses nothing: no rule reports a finding on line 11; remove the comment", d.Message);
    }

    [Fact]
    public void Only_the_unused_ids_of_a_comment_are_named()
    {
        var d = Assert.Single(Check(OnTarget("# upgrade-guard: disable-line UG2006, UG5001, UG2001")));
        Assert.Equal("UG5001, UG2001 in this 'disable-line' suppresses nothing: no UG5001, UG2001 finding on line 11; remove those ids", d.Message);
    }

    [Fact]
    public void Unused_disable_file_and_disable_next_line_are_UG0003()
    {
        var text = "# upgrade-guard: disable-file UG5003\n" + Manifests.Clean.Replace("  to: 5.6.0\n", "  # upgrade-guard: disable-next-line UG2006\n  to: 5.6.0\n");
        var diagnostics = Check(text);
        Assert.Equal(new[] { "1:1-1:37 info UG0003", "12:3-12:44 info UG0003" }, diagnostics.Select(Short));
        Assert.Equal("'disable-file UG5003' suppresses nothing: no UG5003 finding in this file; remove the comment", diagnostics[0].Message);
        Assert.Equal("'disable-next-line UG2006' suppresses nothing: no UG2006 finding on line 13; remove the comment", diagnostics[1].Message);
    }

    [Fact]
    public void A_finding_covered_by_a_file_and_a_line_directive_uses_both()
    {
        var text = "# upgrade-guard: disable-file UG2006\n" + Manifests.NotLatest.Replace("  to: 5.5.1\n", "  # upgrade-guard: disable-next-line UG2006\n  to: 5.5.1   # upgrade-guard: disable-line UG2006\n");
        Assert.Empty(Check(text));
    }

    [Fact]
    public void A_rule_switched_off_by_severity_none_still_uses_its_comment()
    {
        var options = new AnalysisOptions { Severities = new SeverityConfiguration(new Dictionary<string, Severity> { [RuleIds.NotLatestTarget] = Severity.None }) };
        Assert.Empty(Check(OnTarget("# upgrade-guard: disable-line UG2006"), options));
    }

    [Fact]
    public void UG0003_is_suppressed_by_disable_file_UG0003_or_severity_none_and_UG0002_by_disable_file_UG0002()
    {
        var unused = Manifests.Clean.Replace("  to: 5.6.0\n", "  to: 5.6.0   # upgrade-guard: disable-line UG2006\n");
        Assert.Empty(Check("# upgrade-guard: disable-file UG0003 -- shared by two configurations\n" + unused));
        var off = new AnalysisOptions { Severities = new SeverityConfiguration(new Dictionary<string, Severity> { [RuleIds.UnusedSuppression] = Severity.None }) };
        Assert.Empty(Check(unused, off));

        var unreadable = Manifests.Clean.Replace("  to: 5.6.0\n", "  to: 5.6.0   # upgrade-guard: disable-line UG9999\n");
        Assert.Empty(Check("# upgrade-guard: disable-file UG0002\n" + unreadable));
        Assert.Equal(new[] { "1:1-1:37 info UG0003" }, Check("# upgrade-guard: disable-file UG0002\n" + Manifests.Clean).Select(Short));
    }

    [Fact]
    public void A_directive_without_ids_does_not_hide_its_own_UG0003()
    {
        var d = Assert.Single(Check(Manifests.Clean.Replace("  to: 5.6.0\n", "  to: 5.6.0   # upgrade-guard: disable-line -- nothing to hide\n")));
        Assert.Equal(RuleIds.UnusedSuppression, d.Id);
    }

    [Fact]
    public void A_value_that_cannot_be_read_switches_UG0003_off_but_not_UG0002()
    {
        // The malformed start switches UG5001 off, so its comment cannot be judged.
        var text = Manifests.Clean.Replace("  start: 2026-12-05T22:00\n", "  start: 2026-13-05T22:00   # upgrade-guard: disable-line UG5001\n")
            .Replace("  to: 5.6.0\n", "  to: 5.6.0   # upgrade-guard: disable-line UG99\n");
        Assert.Equal(new[] { "UG1006", "UG0002" }, Check(text).Select(d => d.Id));
    }

    [Fact]
    public void Files_that_are_not_checked_as_manifests_get_neither()
    {
        Assert.Equal(new[] { "UG1001" }, Check("# upgrade-guard: disable-lines UG9999\nkind: [UpgradePlan\n").Select(d => d.Id));
        var other = _engine.Analyze("other.yaml", "# upgrade-guard: disable-lines UG9999\nkind: Deployment\n", new AnalysisOptions { IsExplicit = false });
        Assert.False(other.IsManifest);
        Assert.Empty(other.Diagnostics);
    }

    [Fact]
    public void A_marker_inside_a_quoted_value_is_not_a_comment()
    {
        Assert.Empty(Check(Manifests.Clean.Replace("kind: UpgradePlan\n", "kind: UpgradePlan\nmetadata:\n  name: \"x # upgrade-guard: disable-lines\"\n")));
    }
}
