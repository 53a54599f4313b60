using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

/// <summary>UG0002 and UG0003 in the editor: on the comment of the open manifest, as the other surfaces report them.</summary>
public sealed class LspSuppressionTests
{
    private const string Uri = "file:///repo/clusters/prod.upgrade.yaml";

    private const string Manifest = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 1h
        upgrade:
          to: 5.6.0   # upgrade-guard: disable-line UG2006
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              onTimeout: reboot   # upgrade-guard: disable-lines UG4006

        """;

    [Fact]
    public async Task Unreadable_and_unused_comments_are_published_at_the_comment_without_a_disable_action()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Manifest);
        var diagnostics = (await client.DiagnosticsAsync(Uri))["diagnostics"]!.AsArray();

        Assert.Equal(new[] { "UG0003@10:14-10:50/3", "UG4006@14:17-14:23/1", "UG0002@14:26-14:63/2" },
            diagnostics.Select(d => $"{d!["code"]}@{d["range"]!["start"]!["line"]}:{d["range"]!["start"]!["character"]}-{d["range"]!["end"]!["line"]}:{d["range"]!["end"]!["character"]}/{d["severity"]}"));

        var unused = diagnostics.Single(d => (string?)d!["code"] == "UG0003")!;
        var actions = (await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = unused["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(unused.DeepClone()) },
        }))!.AsArray();
        Assert.Empty(actions);
    }
}
