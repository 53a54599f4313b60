using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

/// <summary>
/// An editor's text may start with a byte-order mark, which LSP counts as a character and the engine does not
/// (<c>LspText</c> is the one place that converts): every position on the first line moves by one, the rest stay.
/// </summary>
public sealed class LspByteOrderMarkTests
{
    private const string Uri = "file:///repo/clusters/bom.upgrade.yaml";
    private const string Bom = "\uFEFF";

    private const string Manifest = """
        apiVersion: upgradeguard/v2
        kind: UpgradePlan
        cluster:
          nodes: 3
          version: 5.4.4
        upgrade:
          to: 5.6.0

        """;

    [Theory]
    [InlineData("", 12)]
    [InlineData(Bom, 13)]
    public async Task Diagnostics_on_the_first_line_count_the_mark(string mark, int character)
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, mark + Manifest);
        var published = await client.DiagnosticsAsync(Uri, 1);
        var api = published["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "UG1004")!;
        Assert.Equal(0, (int)api["range"]!["start"]!["line"]!);
        Assert.Equal(character, (int)api["range"]!["start"]!["character"]!);
        Assert.Equal(character + "upgradeguard/v2".Length, (int)api["range"]!["end"]!["character"]!);
        var below = published["diagnostics"]!.AsArray().Where(d => (int)d!["range"]!["start"]!["line"]! > 0).Select(d => d!.ToJsonString()).ToArray();
        Assert.Equal(await PublishedBelowFirstLine(Manifest), below);
    }

    [Fact]
    public async Task A_quick_fix_lands_where_it_does_without_the_mark()
    {
        var plain = await DisableEdits(Manifest);
        var marked = await DisableEdits(Bom + Manifest);
        Assert.Equal(Bom + plain, marked);
        Assert.Contains("# upgrade-guard: disable-line UG1004", marked.Split('\n')[0]);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(Bom, 1)]
    public async Task Completion_replaces_the_typed_word_after_the_mark(string mark, int wordStart)
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, mark + "api");
        var completion = await client.RequestAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = mark.Length + 3 },
        });
        var item = completion!["items"]!.AsArray().First(i => (string?)i!["label"] == "apiVersion")!;
        Assert.Equal(wordStart, (int)item["textEdit"]!["range"]!["start"]!["character"]!);
        Assert.Equal(wordStart + 3, (int)item["textEdit"]!["range"]!["end"]!["character"]!);
    }

    private static async Task<string[]> PublishedBelowFirstLine(string text)
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, text);
        var published = await client.DiagnosticsAsync(Uri, 1);
        return published["diagnostics"]!.AsArray().Where(d => (int)d!["range"]!["start"]!["line"]! > 0).Select(d => d!.ToJsonString()).ToArray();
    }

    /// <summary>The text after the "Disable UG1004 on this line" fix, applied as a client applies the edits.</summary>
    private static async Task<string> DisableEdits(string text)
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, text);
        var published = await client.DiagnosticsAsync(Uri, 1);
        var api = published["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "UG1004")!;
        var actions = (await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = api["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(api.DeepClone()) },
        }))!.AsArray();
        var disable = actions.Single(a => ((string?)a!["title"])!.StartsWith("Disable UG1004", System.StringComparison.Ordinal))!;
        var lines = new UpgradeGuard.Cli.Lsp.Protocol.LspText(text);
        foreach (var edit in disable["edit"]!["changes"]![Uri]!.AsArray().OrderByDescending(e => lines.Offset(e!["range"]!["start"])))
        {
            int start = lines.Offset(edit!["range"]!["start"]);
            int end = lines.Offset(edit["range"]!["end"]);
            text = text.Substring(0, start) + (string?)edit["newText"] + text.Substring(end);
        }
        return text;
    }
}
