using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class NotifyUsersFixTests
{
    private const string SideBySide = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
          addresses: [10.0.1.10]
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 1h
        upgrade:
          to: 5.6.0
          # upgrade-guard: disable-next-line UG6007 -- users re-share after the switch
          strategy: side-by-side
          sideBySide:
            deployVersion: 5.5.1
            addresses: [10.0.2.10]
          steps:
            # the backup goes to \\nas01\backups
            - environment-backup: true
            - snapshot: all
            - upgrade: 5.6.0
            - switch-traffic: true
            - decommission: true

        """;

    [Fact]
    public void A_notify_users_step_goes_right_before_the_environment_backup_above_its_comment()
    {
        var fixedText = ApplyRuleFix(SideBySide, RuleIds.UsersNotNotified);

        Assert.Equal(SideBySide.Replace("""
                # the backup goes to
            """, """
                - notify-users: "Do not share files or change settings in the workspace until the upgrade is complete"
                # the backup goes to
            """), fixedText);
        Assert.Equal("Tell users before the environment backup", Assert.Single(Offered(SideBySide, RuleIds.UsersNotNotified), f => !f.IsSuppression).Title);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void Crlf_line_breaks_and_a_wider_indentation_are_kept()
    {
        var text = Crlf(SideBySide.Replace("    - ", "      -   ").Replace("    # the", "      # the"));
        var fixedText = ApplyRuleFix(text, RuleIds.UsersNotNotified);

        Assert.Contains("\r\n      -   notify-users: \"Do not share", fixedText);
        Assert.DoesNotContain(RuleIds.UsersNotNotified, Ids(fixedText));
    }

    [Fact]
    public void A_flow_list_of_steps_gets_no_fix()
    {
        var text = SideBySide.Substring(0, SideBySide.IndexOf("  steps:", System.StringComparison.Ordinal)) +
                   "  steps: [{environment-backup: true}, {snapshot: all}, {upgrade: 5.6.0}, {switch-traffic: true}, {decommission: true}]\n";
        Assert.DoesNotContain(Offered(text, RuleIds.UsersNotNotified), f => !f.IsSuppression);
    }
}
