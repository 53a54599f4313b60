using System.Linq;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class BackUpDatabaseFixTests
{
    private const string External = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.4.4
        database:
          type: external
          engine: sqlserver
          version: "2019"
          host: sql01.corp.example
          tls:
            protocols: ["1.2"]
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 1h
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
              database: true
            - upgrade: 5.5.1
            - snapshot: all   # appliances only
            - upgrade: 5.6.0

        """;

    [Fact]
    public void The_covering_snapshot_gets_database_true_after_its_comment()
    {
        var fixedText = ApplyRuleFix(External, RuleIds.MissingDatabaseBackup);

        Assert.Equal(External.Replace("""
                - snapshot: all   # appliances only
            """, """
                - snapshot: all   # appliances only
                  database: true
            """), fixedText);
        Assert.Empty(Ids(fixedText));
        Assert.Equal("Back up the database", Assert.Single(Offered(External, RuleIds.MissingDatabaseBackup), f => !f.IsSuppression).Title);
    }

    /// <summary>
    /// Regression (found by the fuzzing campaign, build/fuzz): the snapshot's last key was an explicit key (<c>? key</c>)
    /// with no value, which YAML places at the next step, so <c>database: true</c> went under the upgrade step, every
    /// pass of <c>fix</c> again.
    /// </summary>
    [Fact]
    public void A_snapshot_ending_in_an_explicit_key_without_value_gets_database_true_under_it()
    {
        var text = External.Replace("""
                - snapshot: all   # appliances only
            """, """
                - snapshot: all
                  ? note
            """);

        var fixedText = ApplyRuleFix(text, RuleIds.MissingDatabaseBackup);

        Assert.Equal(text.Replace("""
                  ? note
            """, """
                  ? note
                  database: true
            """), fixedText);
        Assert.DoesNotContain(RuleIds.MissingDatabaseBackup, Ids(fixedText));
    }

    [Fact]
    public void A_snapshot_with_database_false_is_switched_to_true()
    {
        var text = External.Replace("""
                - snapshot: all   # appliances only
            """, """
                - snapshot: all
                  database: false # appliances only
                  shutdown: true
            """);

        var fixedText = ApplyRuleFix(text, RuleIds.MissingDatabaseBackup);

        Assert.Equal(text.Replace("database: false # appliances only", "database: true # appliances only"), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void An_empty_database_value_becomes_true()
    {
        var text = External.Replace("- snapshot: all   # appliances only", "- snapshot: all\n      database:   # appliances only");

        var fixedText = ApplyRuleFix(text, RuleIds.MissingDatabaseBackup);

        Assert.Equal(text.Replace("database:   # appliances only", "database: true   # appliances only"), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void A_snapshot_with_other_keys_gets_database_true_last()
    {
        var text = External.Replace("""
                - snapshot: all   # appliances only
            """, """
                - snapshot:
                    - node-a
                  shutdown: true
            """);

        var fixedText = ApplyRuleFix(text, RuleIds.MissingDatabaseBackup);

        Assert.Equal(text.Replace("""
                  shutdown: true
            """, """
                  shutdown: true
                  database: true
            """), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void Without_a_covering_snapshot_a_backup_step_goes_before_the_upgrade()
    {
        var text = External.Replace("""
                - snapshot: all   # appliances only
                - upgrade: 5.6.0
            """, """
                - snapshot: [node-a]
                - upgrade: 5.6.0
            """).Replace("nodes: 1", "nodes: 2");
        Assert.Contains(RuleIds.PartialSnapshot, Ids(text));

        var fixedText = ApplyRuleFix(text, RuleIds.MissingDatabaseBackup);

        Assert.Equal(text.Replace("""
                - snapshot: [node-a]
            """, """
                - snapshot: [node-a]
                - backup-database: true
            """), fixedText);
        AssertNoDiagnostic(fixedText, RuleIds.MissingDatabaseBackup);
    }

    [Fact]
    public void A_flow_snapshot_is_left_as_it_is_and_a_backup_step_is_inserted()
    {
        var text = External.Replace("- snapshot: all   # appliances only", "- {snapshot: all}");

        var fixedText = ApplyRuleFix(text, RuleIds.MissingDatabaseBackup);

        Assert.Equal(text.Replace("""
                - {snapshot: all}
            """, """
                - {snapshot: all}
                - backup-database: true
            """), fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        var fixedText = ApplyRuleFix(Crlf(External), RuleIds.MissingDatabaseBackup);

        Assert.Equal(Crlf(ApplyRuleFix(External, RuleIds.MissingDatabaseBackup)), fixedText);
        Assert.Empty(Ids(fixedText));
    }
}
