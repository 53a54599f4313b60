using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Engine;

/// <summary>A finding's identity: rule, key path, node text and message wording, never its line.</summary>
public sealed class FindingIdentityTests
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

    private readonly UpgradeGuardEngine _engine = new UpgradeGuardEngine();

    private IReadOnlyList<(Diagnostic Diagnostic, FindingIdentity Identity)> Check(string text)
    {
        var result = _engine.Analyze("plan.upgrade.yaml", text);
        return result.Diagnostics.Zip(FindingIdentities.Of(result.Root, result.Text, result.Diagnostics), (d, i) => (d, i)).ToList();
    }

    [Fact]
    public void Identity_is_the_key_path_without_indexes_and_the_node_text()
    {
        var (diagnostic, identity) = Assert.Single(Check(Reboot));
        Assert.Equal("UG4006", diagnostic.Id);
        Assert.Equal("UG4006", identity.RuleId);
        Assert.Equal("upgrade.steps[].onTimeout", identity.KeyPath);
        Assert.Equal("reboot", identity.Content);
        Assert.Equal(1, identity.Occurrence);
    }

    [Fact]
    public void A_comment_and_a_step_added_above_keep_the_identity_while_the_line_moves()
    {
        var before = Assert.Single(Check(Reboot));
        var edited = Reboot
            .Replace("kind: UpgradePlan", "# reviewed by the change board\nkind: UpgradePlan")
            .Replace("    - snapshot: all", "    - snapshot: all\n    - notify-users: maintenance tonight\n    - snapshot: all");
        var after = Assert.Single(Check(edited), f => f.Diagnostic.Id == "UG4006");
        Assert.NotEqual(before.Diagnostic.Span.StartLine, after.Diagnostic.Span.StartLine);
        Assert.Equal(before.Identity.Fingerprint("infra/plan.upgrade.yaml"), after.Identity.Fingerprint("infra/plan.upgrade.yaml"));
    }

    [Fact]
    public void Re_indenting_keeps_the_identity() =>
        Assert.Equal(
            Assert.Single(Check(Reboot)).Identity.Fingerprint("p"),
            Assert.Single(Check(Reboot.Replace("onTimeout: reboot", "onTimeout:    reboot"))).Identity.Fingerprint("p"));

    [Fact]
    public void Another_file_or_rule_or_node_gives_another_fingerprint()
    {
        var identity = Assert.Single(Check(Reboot)).Identity;
        Assert.NotEqual(identity.Fingerprint("a.upgrade.yaml"), identity.Fingerprint("b.upgrade.yaml"));
        var other = new FindingIdentity(identity.RuleId, "upgrade.steps[].timeout", identity.Content, 1);
        Assert.NotEqual(identity.Fingerprint("a"), other.Fingerprint("a"));
    }

    [Fact]
    public void The_message_is_not_part_of_the_identity()
    {
        // Messages carry estimates that change with unrelated edits (a later step can make the plan's estimate vanish).
        var result = _engine.Analyze("plan.upgrade.yaml", Reboot);
        var first = Assert.Single(result.Diagnostics);
        var reworded = new Diagnostic(first.Rule, first.FilePath, first.Span, first.Message + " (est. 15 min)", first.Severity);
        var identities = FindingIdentities.Of(result.Root, result.Text, new[] { first });
        var rewordedIdentity = Assert.Single(FindingIdentities.Of(result.Root, result.Text, new[] { reworded }));
        Assert.Equal(identities[0].Fingerprint("p"), rewordedIdentity.Fingerprint("p"));
    }

    [Fact]
    public void Repeats_of_the_same_finding_are_numbered_in_file_order()
    {
        var text = Reboot.Replace("    - snapshot: all\n", "    - snapshot: all\n    - upgrade: 5.6.0\n      timeout: 30m\n      onTimeout: reboot\n");
        var reboots = Check(text).Where(f => f.Diagnostic.Id == "UG4006").Select(f => f.Identity).ToList();
        Assert.Equal(new[] { 1, 2 }, reboots.Select(i => i.Occurrence));
        Assert.EndsWith(":2", reboots[1].Fingerprint("p"));
        Assert.Equal(reboots[0].Fingerprint("p") + ":2", reboots[1].Fingerprint("p"));
    }

    [Fact]
    public void A_file_that_does_not_parse_still_gets_an_identity()
    {
        var (diagnostic, identity) = Assert.Single(Check("a: [unclosed\n"));
        Assert.Equal("UG1001", diagnostic.Id);
        Assert.Equal("", identity.KeyPath);
        Assert.Equal(32, identity.Fingerprint("p").Length);
    }

    [Fact]
    public void Fingerprints_are_pinned() =>
        // SHA-256 of "upgrade-guard/v1\npath\nrule\nkey path\ncontent", first 16 bytes in hex. A change
        // here invalidates every baseline users have written: bump the version instead.
        Assert.Equal(
            "dedb9e2d12458f84dffddd191e22af76",
            new FindingIdentity("UG4006", "upgrade.steps[].onTimeout", "reboot", 1).Fingerprint("infra/plan.upgrade.yaml"));
}
