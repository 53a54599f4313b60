using System.Linq;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class InsertSnapshotFixTests
{
    private const string NoSnapshot = """
        # Amsterdam cluster
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 2
          version: 5.4.4
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 2h
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.5.1

            # then the latest
            # upgrade-guard: disable-next-line UG2006
            - upgrade: 5.6.0

        """;

    [Fact]
    public void The_snapshot_goes_above_the_comments_that_belong_to_the_step()
    {
        var fixedText = ApplyRuleFix(NoSnapshot, RuleIds.MissingSnapshot);

        Assert.Equal(NoSnapshot.Replace("""

                # then the latest
            """, """

                - snapshot: all
                # then the latest
            """), fixedText);
        // The fixture's disable-next-line only has to stay with its step; it suppresses nothing (UG0003).
        Assert.Equal(new[] { RuleIds.UnusedSuppression }, Ids(fixedText));
        Assert.Equal("Insert a snapshot step", Assert.Single(Offered(NoSnapshot, RuleIds.MissingSnapshot), f => !f.IsSuppression).Title);
    }

    [Fact]
    public void With_an_external_database_the_snapshot_includes_it()
    {
        var text = NoSnapshot.Replace("""
            schedule:
            """, """
            database:
              type: external
              engine: sqlserver
              version: "15.0"
              tls:
                protocols: ["1.2"]
            schedule:
            """).Replace("""
                - snapshot: all
                - upgrade: 5.5.1
            """, """
                - snapshot: all
                  database: true
                - upgrade: 5.5.1
            """);
        Assert.Contains(RuleIds.MissingDatabaseBackup, Ids(text));

        var fixedText = ApplyRuleFix(text, RuleIds.MissingSnapshot);

        Assert.Equal(text.Replace("""

                # then the latest
            """, """

                - snapshot: all
                  database: true
                # then the latest
            """), fixedText);
        // The fixture's disable-next-line only has to stay with its step; it suppresses nothing (UG0003).
        Assert.Equal(new[] { RuleIds.UnusedSuppression }, Ids(fixedText));
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        var fixedText = ApplyRuleFix(Crlf(NoSnapshot), RuleIds.MissingSnapshot);

        Assert.Equal(Crlf(ApplyRuleFix(NoSnapshot, RuleIds.MissingSnapshot)), fixedText);
        AssertNoDiagnostic(fixedText, RuleIds.MissingSnapshot);
    }

    [Fact]
    public void Without_steps_the_runbook_is_written_with_a_snapshot_before_each_hop()
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
              window: 1h
            upgrade:
                to: 5.6.0
            """;

        var fix = Assert.Single(Offered(text, RuleIds.MissingSnapshot), f => !f.IsSuppression);
        var fixedText = Core.Fixes.CodeFixes.Apply(text, fix.Edits);

        Assert.Equal("Insert steps with a snapshot before each hop", fix.Title);
        Assert.Equal(text + """

                steps:
                  - snapshot: all
                  - upgrade: 5.6.0
            """, fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void Without_steps_and_without_a_path_only_the_suppression_is_offered()
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

            """;

        Assert.All(Offered(text, RuleIds.MissingSnapshot), f => Assert.True(f.IsSuppression));
    }
}
