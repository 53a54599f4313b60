using System.Linq;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class SuppressionFixTests
{
    private const string Reboot = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: reboot   

        """;

    [Fact]
    public void A_rule_without_a_fix_of_its_own_offers_only_the_suppression_as_a_trailing_comment()
    {
        var fix = Assert.Single(Offered(Reboot, RuleIds.RebootOnTimeout));

        Assert.True(fix.IsSuppression);
        Assert.Equal("Disable UG4006 on this line", fix.Title);
        var fixedText = CodeFixes.Apply(Reboot, fix.Edits);
        Assert.Equal(Reboot.Replace("onTimeout: reboot   ", "onTimeout: reboot  # upgrade-guard: disable-line UG4006   "), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void The_id_is_added_to_the_disable_line_directive_already_on_the_line()
    {
        var text = Reboot.Replace("    - snapshot: all\n", "").Replace("- upgrade: 5.6.0", "- upgrade: 5.6.0   # upgrade-guard: disable-line UG2006 -- rebuilt on failure");
        Assert.Contains(RuleIds.MissingSnapshot, Ids(text));

        var fixedText = CodeFixes.Apply(text, Suppression(text, RuleIds.MissingSnapshot).Edits);

        Assert.Equal(text.Replace("disable-line UG2006 -- rebuilt", "disable-line UG2006, UG4001 -- rebuilt"), fixedText);
        AssertNoDiagnostic(fixedText, RuleIds.MissingSnapshot);
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        var text = Crlf(Reboot);

        var fixedText = CodeFixes.Apply(text, Suppression(text, RuleIds.RebootOnTimeout).Edits);

        Assert.Equal(Crlf(CodeFixes.Apply(Reboot, Suppression(Reboot, RuleIds.RebootOnTimeout).Edits)), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void A_file_that_does_not_parse_gets_no_fix_at_all()
    {
        var text = "apiVersion: upgradeguard/v1\nkind: [UpgradePlan\n";

        Assert.Empty(Offered(text, RuleIds.InvalidYaml));
    }

    [Fact]
    public void A_line_holding_another_kind_of_directive_gets_no_suppression()
    {
        var text = Reboot.Replace("onTimeout: reboot   ", "onTimeout: reboot   # upgrade-guard: disable-next-line UG5003");

        Assert.Empty(Offered(text, RuleIds.RebootOnTimeout));
    }

    [Fact]
    public void Every_diagnostic_of_the_corpus_offers_the_suppression_and_it_silences_exactly_that_diagnostic()
    {
        foreach (var path in System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(Corpus.TestData.OutputRoot, "err"), "*.upgrade.yaml"))
        {
            var text = System.IO.File.ReadAllText(path);
            var result = Analyze(text);
            // UG0002 and UG0003 are about a suppression comment itself: the fix is to edit or remove it, not to add another.
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Id != RuleIds.InvalidYaml && d.Id != RuleIds.InvalidSuppression && d.Id != RuleIds.UnusedSuppression))
            {
                var fixes = CodeFixes.For(result, diagnostic, SharedEngine.Catalogs);
                var suppression = Assert.Single(fixes, f => f.IsSuppression);
                Assert.Same(suppression, fixes[^1]);
                var after = Analyze(CodeFixes.Apply(text, suppression.Edits)).Diagnostics;
                Assert.DoesNotContain(after, d => d.Id == diagnostic.Id && d.Span.StartLine == diagnostic.Span.StartLine);
                Assert.Equal(result.Diagnostics.Count(d => d.Span.StartLine != diagnostic.Span.StartLine || d.Id != diagnostic.Id), after.Count);
            }
        }
    }
}
