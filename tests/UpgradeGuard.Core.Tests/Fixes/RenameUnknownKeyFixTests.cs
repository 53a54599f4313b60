using System.Linq;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Rules;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;
using UpgradeGuard.Core.Diagnostics;

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

    [Fact]
    public void A_mapping_is_not_renamed_to_a_key_that_takes_a_scalar()
    {
        // upgrade.tls is unknown and the nearest upgrade key is 'to' (a version): renaming would make 'to' a mapping.
        var text = Plan.Replace("  to: 5.6.0\n", "  tls:\n    protocols: [\"1.2\"]\n");

        var unknown = Diagnostic(text, RuleIds.InvalidManifest, 1);
        Assert.Contains("unknown key 'upgrade.tls'", unknown.Message);
        Assert.All(Offered(text, RuleIds.InvalidManifest, 1), f => Assert.True(f.IsSuppression));
        Assert.Equal(text, FixAll.Run(SharedEngine, "plan.upgrade.yaml", text).Text);
    }

    [Theory]
    [InlineData("  nodes: 3     # three appliances", "  nodes: 3     # three appliances\n  adresses: [10.0.0.1, 10.0.0.2, 10.0.0.3]", "adresses", "addresses")]
    [InlineData("  nodes: 3     # three appliances", "  nodes: 3     # three appliances\n  tsl:\n    protocols: [\"1.2\"]", "tsl", "tls")]
    [InlineData("  nodes: 3     # three appliances", "  nodes: 3     # three appliances\n  adresses:", "adresses", "addresses")]
    [InlineData("- snapshot: all", "- snapshto: [a, b, c]", "snapshto", "snapshot")]
    public void A_value_of_the_shape_the_key_takes_is_renamed(string find, string replace, string written, string suggested)
    {
        var text = Plan.Replace(find, replace);

        var diagnostics = Analyze(text).Diagnostics.Where(d => d.Id == RuleIds.InvalidManifest).ToList();
        int at = diagnostics.FindIndex(d => d.Message.Contains($"'{written}'") || d.Message.Contains($".{written}'"));
        Assert.True(at >= 0, string.Join("\n", diagnostics.Select(d => d.Message)));
        Assert.Contains(Offered(text, RuleIds.InvalidManifest, at), f => f.Title == $"Rename '{written}' to '{suggested}'");
    }

    [Theory]
    [InlineData("  nodes: 3     # three appliances", "  nodes: 3     # three appliances\n  adresses: 10.0.0.1")]
    [InlineData("  nodes: 3     # three appliances", "  nodse:\n    count: 3")]
    [InlineData("- snapshot: all", "- snapshto:\n        database: true")]
    [InlineData("timeout: 1h", "timout: [1h]")]
    public void A_value_of_another_shape_is_not_renamed(string find, string replace)
    {
        var text = Plan.Replace(find, replace);

        foreach (var (diagnostic, index) in Analyze(text).Diagnostics.Where(d => d.Id == RuleIds.InvalidManifest).Select((d, i) => (d, i)))
        {
            Assert.All(Offered(text, RuleIds.InvalidManifest, index), f => Assert.True(f.IsSuppression, $"{f.Title} for {diagnostic.Message}"));
        }
    }

    [Fact]
    public void Two_unknown_keys_with_one_suggestion_are_not_both_renamed()
    {
        var text = Plan.Replace("timeout: 1h", "timout: 1h\n      timeot: 2h");

        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);

        Assert.Equal(Plan.Replace("timeout: 1h", "timeout: 1h\n      timeot: 2h"), result.Text);
        Assert.DoesNotContain(result.Final.Diagnostics, d => d.Message.Contains("duplicate key"));
    }

    [Fact]
    public void A_repeated_unknown_key_is_renamed_once()
    {
        var text = Plan.Replace("kind: UpgradePlan\n", "kind: UpgradePlan\nmetadata: {nmae: a, nmae: b}\n");

        var result = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);

        Assert.Contains("metadata: {name: a, nmae: b}", result.Text);
        Assert.DoesNotContain(result.Final.Diagnostics, d => d.Message.Contains("duplicate key"));
        var renames = Analyze(text).Diagnostics.Where(d => d.Id == RuleIds.InvalidManifest)
            .SelectMany((d, i) => Offered(text, RuleIds.InvalidManifest, i)).Count(f => !f.IsSuppression);
        Assert.Equal(1, renames);
    }
}
