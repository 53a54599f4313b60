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
