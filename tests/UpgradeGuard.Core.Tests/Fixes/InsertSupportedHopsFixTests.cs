using System.Linq;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class InsertSupportedHopsFixTests
{
    private const string Jump = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.3.2
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 3h
        upgrade:
          to: 5.6.0
          steps:
            # the runbook

            - snapshot: all
            - upgrade: 5.4.4   # one jump
              timeout: 2h
              onTimeout: abort
            - snapshot: all
            - upgrade: 5.5.1
            - snapshot: all
            - upgrade: 5.6.0

        """;

    [Fact]
    public void Earlier_hops_go_before_the_step_which_stays_the_last_hop_with_its_keys_and_comment()
    {
        var fixedText = ApplyRuleFix(Jump, RuleIds.UnsupportedHop);

        Assert.Equal(Jump.Replace("""
                - snapshot: all
                - upgrade: 5.4.4   # one jump
            """, """
                - snapshot: all
                - upgrade: 5.3.3
                - snapshot: all
                - upgrade: 5.4.4   # one jump
            """), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void The_title_is_insert_the_supported_hops_and_the_suppression_comes_second()
    {
        var fixes = Offered(Jump, RuleIds.UnsupportedHop);
        Assert.Equal(new[] { "Insert the supported hops", "Disable UG2001 on this line" }, fixes.Select(f => f.Title));
        Assert.Equal(new[] { false, true }, fixes.Select(f => f.IsSuppression));
        Assert.All(fixes, f => Assert.Equal("UG2001", f.RuleId));
    }

    [Fact]
    public void Without_a_snapshot_before_the_step_every_hop_gets_one()
    {
        var text = Jump.Replace("""
                - snapshot: all
                - upgrade: 5.4.4   # one jump
            """, """
                - upgrade: 5.4.4   # one jump
            """);

        var fixedText = ApplyRuleFix(text, RuleIds.UnsupportedHop);

        Assert.Equal(Jump.Replace("""
                - snapshot: all
                - upgrade: 5.4.4   # one jump
            """, """
                - snapshot: all
                - upgrade: 5.3.3
                - snapshot: all
                - upgrade: 5.4.4   # one jump
            """), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void An_external_database_is_backed_up_by_each_new_snapshot()
    {
        var text = """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 2
              version: 5.4.4
            database:
              type: external
              engine: sqlserver
              version: "2019"
              tls:
                protocols: ["1.2"]
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
              window: 2h
            upgrade:
              to: 5.6.0
              steps:
                - snapshot: all
                  database: true
                - upgrade: 5.6.0

            """;

        var fixedText = ApplyRuleFix(text, RuleIds.UnsupportedHop);

        Assert.Equal(text.Replace("""
                - upgrade: 5.6.0
            """, """
                - upgrade: 5.5.1
                - snapshot: all
                  database: true
                - upgrade: 5.6.0
            """), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void A_list_indented_at_its_key_and_wide_dashes_keep_their_layout()
    {
        var text = """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 1
              version: 5.4.4
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
              window: 2h
            upgrade:
              to: 5.6.0
              steps:
              -   snapshot: all
              -   upgrade: 5.6.0

            """;

        var fixedText = ApplyRuleFix(text, RuleIds.UnsupportedHop);

        Assert.Equal(text.Replace("""
              -   upgrade: 5.6.0
            """, """
              -   upgrade: 5.5.1
              -   snapshot: all
              -   upgrade: 5.6.0
            """), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        var text = Crlf(Jump);

        var fixedText = ApplyRuleFix(text, RuleIds.UnsupportedHop);

        Assert.Equal(Crlf(ApplyRuleFix(Jump, RuleIds.UnsupportedHop)), fixedText);
        Assert.DoesNotContain("\r\r", fixedText);
        Assert.Equal(fixedText.Split('\n').Length - 1, fixedText.Split("\r\n").Length - 1);
    }

    [Fact]
    public void Without_steps_the_whole_runbook_is_written_under_upgrade()
    {
        var text = """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 1
              version: 5.3.2
            upgrade:
              to: 5.6.0   # target
            # scheduled later
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
              window: 3h
            """;

        var fixedText = ApplyRuleFix(text, RuleIds.UnsupportedHop);

        Assert.Equal("""
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 1
              version: 5.3.2
            upgrade:
              to: 5.6.0   # target
              steps:
                - snapshot: all
                - upgrade: 5.3.3
                - snapshot: all
                - upgrade: 5.4.4
                - snapshot: all
                - upgrade: 5.5.1
                - snapshot: all
                - upgrade: 5.6.0
            # scheduled later
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
              window: 3h
            """, fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void A_hop_with_no_supported_path_offers_only_the_suppression()
    {
        var text = """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 1
              version: 5.3.3
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
            upgrade:
              to: 5.4.2
              steps:
                - snapshot: all
                - upgrade: 5.4.2

            """;

        var fix = Assert.Single(Offered(text, RuleIds.UnsupportedHop));
        Assert.True(fix.IsSuppression);
    }

    [Fact]
    public void A_flow_list_of_steps_gets_no_fix()
    {
        var text = Jump.Replace("""
              steps:
                # the runbook

                - snapshot: all
                - upgrade: 5.4.4   # one jump
                  timeout: 2h
                  onTimeout: abort
                - snapshot: all
                - upgrade: 5.5.1
                - snapshot: all
                - upgrade: 5.6.0
            """, """
              steps: [{snapshot: all}, {upgrade: 5.4.4}, {snapshot: all}, {upgrade: 5.5.1}, {snapshot: all}, {upgrade: 5.6.0}]
            """);

        Assert.DoesNotContain(Offered(text, RuleIds.UnsupportedHop), f => !f.IsSuppression);
    }
}
