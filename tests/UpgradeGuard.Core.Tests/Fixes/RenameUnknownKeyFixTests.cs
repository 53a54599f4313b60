using System.Linq;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class RenameUnknownKeyFixTests
{
    private const string Plan = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 3     # three appliances
          version: 5.5.1
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 1h

        """;

    [Fact]
    public void An_unknown_key_is_renamed_to_the_suggestion()
    {
        var text = Plan.Replace("nodes: 3", "nodse: 3");
        var rename = Assert.Single(Offered(text, RuleIds.InvalidManifest, occurrence: 1), f => !f.IsSuppression);

        Assert.Equal("Rename 'nodse' to 'nodes'", rename.Title);
        var fixedText = Core.Fixes.CodeFixes.Apply(text, rename.Edits);
        Assert.Equal(Plan, fixedText);
        Assert.Empty(Ids(fixedText));
    }

    [Fact]
    public void A_missing_key_has_no_rename()
    {
        var text = Plan.Replace("nodes: 3", "nodse: 3");
        var missing = Diagnostic(text, RuleIds.InvalidManifest, 0);
        Assert.Contains("missing required key", missing.Message);

        Assert.All(Offered(text, RuleIds.InvalidManifest, 0), f => Assert.True(f.IsSuppression));
    }

    [Fact]
    public void A_step_key_and_a_step_action_are_renamed()
    {
        var text = Plan.Replace("timeout: 1h", "timout: 1h").Replace("- snapshot: all", "- snapshto: all");

        var once = ApplyRuleFix(text, RuleIds.InvalidManifest, 0);
        var twice = ApplyRuleFix(once, RuleIds.InvalidManifest, 0);

        Assert.Equal(Plan, twice);
    }

    [Fact]
    public void A_quoted_key_keeps_its_quotes()
    {
        var text = Plan.Replace("timeZone:", "\"timezone\":");

        Assert.Contains("missing required key 'schedule.timeZone'", Diagnostic(text, RuleIds.InvalidManifest, 0).Message);
        Assert.Equal(Plan.Replace("timeZone:", "\"timeZone\":"), ApplyRuleFix(text, RuleIds.InvalidManifest, 1));
    }

    [Fact]
    public void No_rename_when_the_mapping_already_has_the_suggested_key()
    {
        var text = Plan.Replace("  version: 5.5.1", "  version: 5.5.1\n  versoin: 5.5.1");

        var diagnostic = Diagnostic(text, RuleIds.InvalidManifest);
        Assert.Contains("did you mean 'version'", diagnostic.Message);
        Assert.All(Offered(text, RuleIds.InvalidManifest), f => Assert.True(f.IsSuppression));
    }

    [Fact]
    public void A_wrong_type_or_a_word_not_allowed_has_no_fix_of_its_own()
    {
        var wrongType = Plan.Replace("nodes: 3", "nodes: three");
        var wrongWord = Plan.Replace("  to: 5.6.0", "  to: 5.6.0\n  strategy: inplace");

        Assert.All(Offered(wrongType, RuleIds.InvalidManifest), f => Assert.True(f.IsSuppression));
        Assert.All(Offered(wrongWord, RuleIds.InvalidManifest), f => Assert.True(f.IsSuppression));
    }
}
