using System.Linq;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class InsertRequiredStepsFixTests
{
    private const string To513 = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.0.6
        schedule:
          start: 2026-12-05T20:00
          timeZone: Europe/Brussels
          window: 2h
        upgrade:
          to: 5.1.3
          steps:
            - snapshot: all   # before the OS upgrade
            - upgrade: 5.1.3  # upgrade-guard: disable-line UG2005 -- support booked

        """;

    [Fact]
    public void The_migration_goes_right_before_the_hop_to_513()
    {
        var fixedText = ApplyRuleFix(To513, RuleIds.MissingAuditLogMigration);

        Assert.Equal(To513.Replace("""
                - upgrade: 5.1.3
            """, """
                - migrate-audit-logs: true
                - upgrade: 5.1.3
            """), fixedText);
        Assert.Equal("Insert migrate-audit-logs", Assert.Single(Offered(To513, RuleIds.MissingAuditLogMigration), f => !f.IsSuppression).Title);
        AssertNoDiagnostic(fixedText, RuleIds.MissingAuditLogMigration);
        Assert.Equal(new[] { RuleIds.NotLatestTarget }, Ids(fixedText));
    }

    [Fact]
    public void A_hop_through_513_gets_the_migration_before_it()
    {
        var text = To513.Replace("to: 5.1.3", "to: 5.2.5").Replace("- upgrade: 5.1.3", "- upgrade: 5.2.5");
        Assert.Contains(RuleIds.UnsupportedHop, Ids(text));

        var fixedText = ApplyRuleFix(text, RuleIds.MissingAuditLogMigration);

        Assert.Contains("""
                - migrate-audit-logs: true
                - upgrade: 5.2.5
            """, fixedText);
        AssertNoDiagnostic(fixedText, RuleIds.MissingAuditLogMigration);
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        var fixedText = ApplyRuleFix(Crlf(To513), RuleIds.MissingAuditLogMigration);

        Assert.Equal(Crlf(ApplyRuleFix(To513, RuleIds.MissingAuditLogMigration)), fixedText);
        AssertNoDiagnostic(fixedText, RuleIds.MissingAuditLogMigration);
    }
}
