using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

public sealed class LspEditorTests
{
    private const string Uri = "file:///repo/clusters/prod.upgrade.yaml";

    private const string Manifest = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 3
          version: 5.4.4
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0

        """;

    private static JsonObject Position(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    [Fact]
    public async Task Hover_on_a_version_shows_the_path_and_its_range()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Manifest);
        var hover = await client.RequestAsync("textDocument/hover", Position(Uri, 4, 12));

        Assert.Equal("markdown", (string?)hover!["contents"]!["kind"]);
        Assert.Contains("Supported path: `5.4.4 -> 5.5.1 -> 5.6.0`", (string?)hover["contents"]!["value"]);
        Assert.Equal(4, (int)hover["range"]!["start"]!["line"]!);
        Assert.Equal(11, (int)hover["range"]!["start"]!["character"]!);
        Assert.Equal(16, (int)hover["range"]!["end"]!["character"]!);
    }

    [Fact]
    public async Task Hover_elsewhere_is_null()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Manifest);
        var response = await client.RequestRawAsync("textDocument/hover", Position(Uri, 0, 2));
        Assert.True(response.ContainsKey("result"));
        Assert.Null(response["result"]);
    }

    [Fact]
    public async Task Completion_offers_catalog_versions_replacing_the_typed_word()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Manifest + "    - upgrade: 5.");
        var completion = await client.RequestAsync("textDocument/completion", Position(Uri, 13, 17));

        var items = completion!["items"]!.AsArray();
        var item = items.Single(i => (string?)i!["label"] == "5.5.1")!;
        Assert.Equal(21, (int)item["kind"]!);
        Assert.Equal("5.5.1", (string?)item["textEdit"]!["newText"]);
        Assert.Equal(15, (int)item["textEdit"]!["range"]!["start"]!["character"]!);
        Assert.Equal(17, (int)item["textEdit"]!["range"]!["end"]!["character"]!);
    }

    [Fact]
    public async Task Completion_offers_the_keys_allowed_at_the_cursor()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Manifest + "da");
        var completion = await client.RequestAsync("textDocument/completion", Position(Uri, 13, 2));

        var labels = completion!["items"]!.AsArray().Select(i => (string?)i!["label"]).ToArray();
        Assert.Equal(new[] { "metadata", "product", "database" }, labels);
    }
}

public sealed class LspCodeActionTests
{
    private const string Uri = "file:///repo/clusters/prod.upgrade.yaml";

    private const string Manifest = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 3
          version: 5.4.4
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            # the vendor's release notes are in CHG0041872
            - snapshot: all
            - upgrade: 5.6.0

        """;

    [Fact]
    public async Task Quick_fixes_for_a_skipped_hop_insert_the_hops_or_disable_the_line_and_keep_the_comments()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Manifest);
        var published = await client.DiagnosticsAsync(Uri, 1);
        var hop = published["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "UG2001")!;

        var actions = (await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = hop["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(hop.DeepClone()) },
        }))!.AsArray();

        Assert.All(actions, a => Assert.Equal("quickfix", (string?)a!["kind"]));
        Assert.All(actions, a => Assert.Equal("UG2001", (string?)a!["diagnostics"]![0]!["code"]));
        var insert = actions.First()!;
        Assert.True((bool)insert["isPreferred"]!);
        Assert.Contains(actions, a => ((string?)a!["title"])!.StartsWith("Disable UG2001", StringComparison.Ordinal));

        var fixedText = Apply(Manifest, insert["edit"]!["changes"]![Uri]!.AsArray());
        Assert.Contains("# the vendor's release notes are in CHG0041872", fixedText);
        Assert.Contains("- upgrade: 5.5.1", fixedText);
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = fixedText }),
        });
        var after = await client.DiagnosticsAsync(Uri, 2);
        Assert.DoesNotContain(after["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "UG2001");
    }

    /// <summary>Applies LSP text edits (ranges in the original text) the way a client does: from the last to the first.</summary>
    private static string Apply(string text, JsonArray edits)
    {
        var lines = new UpgradeGuard.Cli.Lsp.Protocol.LspText(text);
        foreach (var edit in edits.OrderByDescending(e => lines.Offset(e!["range"]!["start"])))
        {
            int start = lines.Offset(edit!["range"]!["start"]);
            int end = lines.Offset(edit["range"]!["end"]);
            text = text.Substring(0, start) + (string?)edit["newText"] + text.Substring(end);
        }
        return text;
    }
}
