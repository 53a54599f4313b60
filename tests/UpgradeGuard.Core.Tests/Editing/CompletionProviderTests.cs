using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Editing;
using Xunit;

namespace UpgradeGuard.Core.Tests.Editing;

public sealed class CompletionProviderTests
{
    private const string Manifest = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 3
          version: 5.3.2
        database:
          type: external
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
              database: true
            - upgrade: 5.3.3

        """;

    /// <summary>The completions with the cursor at the '|' in <paramref name="marked"/>.</summary>
    private static (CursorContext Context, string[] Labels) At(string marked)
    {
        int offset = marked.IndexOf('|');
        var text = marked.Remove(offset, 1);
        var context = CursorContext.At(text, offset);
        return (context, CompletionProvider.For(context, CatalogLoader.BuiltIn).Select(i => i.Label).ToArray());
    }

    [Fact]
    public void Top_level_keys_not_yet_written()
    {
        var (context, labels) = At(Manifest + "sch|");
        Assert.Equal("", context.Path);
        Assert.Null(context.Key);
        Assert.Equal(new[] { "metadata", "product", "schedule" }, labels);
    }

    [Fact]
    public void Keys_of_the_section_the_cursor_is_in()
    {
        var (context, labels) = At(Manifest.Replace("  version: 5.3.2\n", "  version: 5.3.2\n  |\n"));
        Assert.Equal("cluster", context.Path);
        Assert.Equal(new[] { "addresses", "tls" }, labels);
    }

    [Fact]
    public void Step_actions_on_a_new_list_item()
    {
        var (context, labels) = At(Manifest + "    - |");
        Assert.Equal("upgrade.steps", context.Path);
        Assert.True(context.IsNewListItem);
        Assert.Contains("snapshot", labels);
        Assert.Contains("migrate-audit-logs", labels);
        Assert.Contains("upgrade-database", labels);
    }

    [Fact]
    public void Keys_of_the_step_the_cursor_continues()
    {
        var (context, labels) = At(Manifest + "      |");
        Assert.Equal("upgrade", context.StepAction);
        Assert.Equal(new[] { "timeout", "onTimeout" }, labels);

        var (snapshot, snapshotLabels) = At(Manifest.Replace("      database: true\n", "      database: true\n      |\n"));
        Assert.Equal("snapshot", snapshot.StepAction);
        Assert.Equal(new[] { "shutdown" }, snapshotLabels);
    }

    [Fact]
    public void Catalog_versions_for_version_fields()
    {
        var (context, labels) = At(Manifest + "    - upgrade: 5.|");
        Assert.Equal("upgrade", context.Key);
        Assert.Contains("5.4.4", labels);
        Assert.Contains("5.6.0", labels);
        Assert.Contains("5.3.3", labels);

        var (_, target) = At(Manifest.Replace("to: 5.6.0", "to: |"));
        Assert.Contains("5.5.1", target);
    }

    [Fact]
    public void Allowed_words_for_enumerations()
    {
        Assert.Equal(new[] { "embedded", "external" }, At(Manifest.Replace("type: external", "type: |")).Labels);
        Assert.Equal(new[] { "alert", "abort", "reboot" }, At(Manifest + "      onTimeout: |").Labels);
        Assert.Equal(new[] { "in-place", "side-by-side" }, At(Manifest.Replace("  to: 5.6.0\n", "  to: 5.6.0\n  strategy: |\n")).Labels);
        Assert.Contains("Europe/Brussels", At(Manifest + "schedule:\n  timeZone: Eu|").Labels);
        Assert.Contains("mon", At(Manifest + "schedule:\n  businessHours:\n    days: [mon, |").Labels);
    }

    [Fact]
    public void Half_typed_yaml_still_has_a_context()
    {
        // An unclosed flow sequence and a key with no value above: YAML cannot parse this, completion still works.
        var (context, labels) = At("apiVersion: upgradeguard/v1\ncluster:\n  addresses: [10.0.0.1,\n  nodes:\n  v|");
        Assert.Equal("cluster", context.Path);
        Assert.Contains("version", labels);
        Assert.DoesNotContain("nodes", labels);
    }

    [Fact]
    public void The_word_under_the_cursor_is_what_a_completion_replaces()
    {
        var text = Manifest + "    - upgrade: 5.4";
        var context = CursorContext.At(text, text.Length);
        Assert.Equal("5.4", text.Substring(context.WordStart));
    }
}
