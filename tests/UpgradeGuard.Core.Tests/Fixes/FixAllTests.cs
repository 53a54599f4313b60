using System.Linq;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class FixAllTests
{
    [Fact]
    public void Fixes_that_meet_at_one_step_are_applied_over_several_passes_until_nothing_is_left()
    {
        var text = """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodse: 2
              version: 5.0.6
            database:
              type: external
              engine: sqlserver
              version: "2019"
              tls:
                protocols: ["1.2"]
            schedule:
              start: 2026-12-05T18:00
              timeZone: Europe/Brussels
              window: 1h
            upgrade:
              to: 5.2.5
              steps:
                # upgrade-guard: disable-next-line UG2005 -- support booked
                - upgrade: 5.2.5   # upgrade-guard: disable-line UG2005

            """;

        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);

        Assert.Equal("""
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 2
              version: 5.0.6
            database:
              type: external
              engine: sqlserver
              version: "2019"
              tls:
                protocols: ["1.2"]
            schedule:
              start: 2026-12-05T18:00
              timeZone: Europe/Brussels
              window: 2h
            upgrade:
              to: 5.2.5
              steps:
                - snapshot: all
                  database: true
                - migrate-audit-logs: true
                - upgrade: 5.1.3
                - snapshot: all
                  database: true
                # upgrade-guard: disable-next-line UG2005 -- support booked
                - upgrade: 5.2.5   # upgrade-guard: disable-line UG2005

            """, result.Text);
        // Pass 1: the rename and the snapshot; pass 2: the window (now that nodes is known) and the migration, which
        // met the snapshot at the same place; pass 3: the hop to 5.1.3, covered by the snapshot already there.
        Assert.Equal(3, result.Passes);
        Assert.Equal("UG1002 UG4001 UG5002 UG4005 UG2001", string.Join(" ", result.Applied.Select(f => f.RuleId)));
        Assert.DoesNotContain(result.Final.Diagnostics, d => CodeFixes.FixableRuleIds.Contains(d.Id));
        Assert.Equal(result.Final.Diagnostics.Select(d => d.Id), Ids(result.Text));
    }

    [Fact]
    public void A_file_that_does_not_parse_is_returned_as_it_is()
    {
        var text = "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: [\n";

        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);

        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
        Assert.False(FixAll.IsFixable(result.Final));
    }

    [Fact]
    public void A_file_that_is_not_a_plan_is_returned_as_it_is()
    {
        var text = "apiVersion: upgradeguard/v1\nkind: UpgradeChecklist\nupgrade:\n  to: 5.6.0\n";

        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);

        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void A_clean_plan_takes_no_pass()
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
            upgrade:
              to: 5.6.0
              steps:
                - snapshot: all
                - upgrade: 5.6.0

            """;

        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);

        Assert.Equal(0, result.Passes);
        Assert.Same(text, result.Text);
        Assert.Empty(result.Final.Diagnostics);
    }

    private const string MissingSnapshot = """
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
            - upgrade: 5.6.0

        """;

    private const string SnapshotInserted = """
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

        """;

    /// <summary>
    /// Regression (found by the fuzzing campaign, build/fuzz): the engine and the fixes read past a leading BOM, and
    /// FixAll dropped one more, so the command line's fix read past one BOM more than its check of the same file. The
    /// BOM stays and the edits land after it.
    /// </summary>
    [Fact]
    public void A_leading_byte_order_mark_stays_and_the_edits_land_after_it()
    {
        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", "\uFEFF" + MissingSnapshot);

        Assert.Equal("\uFEFF" + SnapshotInserted, result.Text);
        Assert.Equal("UG4001", string.Join(" ", result.Applied.Select(f => f.RuleId)));
        Assert.True(FixAll.IsFixable(result.Final));
    }

    /// <summary>
    /// Regression (found by the fuzzing campaign): with two leading BOMs every edit landed one character early and broke
    /// the file. YAML reads past the second one too, and its positions do not count it, so such a text is not fixed.
    /// </summary>
    [Fact]
    public void A_text_that_starts_with_two_byte_order_marks_is_left_as_it_is()
    {
        var text = "\uFEFF\uFEFF" + MissingSnapshot;

        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);

        Assert.False(result.Changed);
        Assert.Same(text, result.Text);
        Assert.Contains(result.Final.Diagnostics, d => d.Id == RuleIds.MissingSnapshot);
    }
}
