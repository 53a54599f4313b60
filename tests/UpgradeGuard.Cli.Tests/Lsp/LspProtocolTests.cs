using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

public sealed class LspProtocolTests
{
    private const string Uri = "file:///repo/clusters/lab.upgrade.yaml";

    /// <summary>5.4.4 -> 5.6.0 in one step: UG2001 on line 12 (0-based), characters 15-20.</summary>
    private const string SkippedHop = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.4.4
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: abort

        """;

    private static JsonObject Range(JsonNode diagnostic) => (JsonObject)diagnostic["range"]!;
    private static (int, int, int, int) Span(JsonNode diagnostic) => (
        (int)Range(diagnostic)["start"]!["line"]!, (int)Range(diagnostic)["start"]!["character"]!,
        (int)Range(diagnostic)["end"]!["line"]!, (int)Range(diagnostic)["end"]!["character"]!);

    [Fact]
    public async Task Initialize_announces_incremental_sync_and_the_features()
    {
        await using var client = new LspTestClient();
        var result = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });

        var capabilities = result!["capabilities"]!;
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)capabilities["textDocumentSync"]!["openClose"]!);
        Assert.Equal("quickfix", (string?)capabilities["codeActionProvider"]!["codeActionKinds"]![0]);
        Assert.True((bool)capabilities["hoverProvider"]!);
        Assert.NotNull(capabilities["completionProvider"]);
        Assert.Equal("upgrade-guard", (string?)result["serverInfo"]!["name"]);
    }

    [Fact]
    public async Task Open_publishes_the_engines_findings_with_the_version()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, SkippedHop, version: 7);

        var published = await client.DiagnosticsAsync(Uri);
        Assert.Equal(7, (int)published["version"]!);
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "UG2001")!;
        Assert.Equal((12, 15, 12, 20), Span(diagnostic));
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Equal("upgrade-guard", (string?)diagnostic["source"]);
        Assert.Equal("https://github.com/upgradeguard/upgradeguard/blob/main/docs/rules/UG2001.md", (string?)diagnostic["codeDescription"]!["href"]);
        Assert.StartsWith("upgrade 5.4.4 -> 5.6.0 skips required hops; supported path: 5.4.4 -> 5.5.1 -> 5.6.0", (string?)diagnostic["message"]);
    }

    [Fact]
    public async Task An_incremental_change_is_checked_and_published_with_its_version()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, SkippedHop);
        await client.DiagnosticsAsync(Uri, 1);

        // cluster.version 5.4.4 -> 5.5.1: the hop is now direct.
        client.SendAtOnce(new[] { LspTestClient.Change(Uri, 2, 4, 11, 4, 16, "5.5.1") });

        var published = await client.DiagnosticsAsync(Uri, 2);
        Assert.DoesNotContain(published["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "UG2001");
    }

    [Fact]
    public async Task A_burst_of_changes_is_checked_once_at_its_last_version()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, SkippedHop);
        await client.DiagnosticsAsync(Uri, 1);

        // Twenty keystrokes in one write: append "# x" one character at a time to the comment-less first line.
        var burst = Enumerable.Range(0, 20).Select(i => LspTestClient.Change(Uri, 2 + i, 0, 27 + i, 0, 27 + i, i == 0 ? " " : "x")).ToArray();
        client.SendAtOnce(burst);
        var last = await client.DiagnosticsAsync(Uri, 21);

        Assert.Equal(2, client.Published(Uri).Count);
        Assert.Equal(new[] { 1, 21 }, client.Published(Uri).Select(p => (int)p["version"]!).ToArray());
        Assert.NotEmpty(last["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Every_keystroke_of_a_manifest_typed_from_scratch_gets_diagnostics_or_nothing()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, "");
        int line = 0, character = 0, version = 1;
        foreach (char c in SkippedHop)
        {
            client.SendAtOnce(new[] { LspTestClient.Change(Uri, ++version, line, character, line, character, c.ToString()) });
            if (c == '\n') { line++; character = 0; } else character++;
        }

        var final = await client.DiagnosticsAsync(Uri, version);
        Assert.Contains(final["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "UG2001" && Span(d!) == (12, 15, 12, 20));
        Assert.Empty(client.Notifications("window/logMessage"));
        Assert.DoesNotContain("failed", client.ServerLog.ToString());
        Assert.All(client.Published(Uri).Select(p => (int)p["version"]!).Zip(client.Published(Uri).Skip(1).Select(p => (int)p["version"]!)), pair => Assert.True(pair.First < pair.Second));
    }

    [Fact]
    public async Task Positions_are_UTF16_and_lines_break_only_where_LSP_says()
    {
        await using var client = await LspTestClient.StartAsync();
        // A non-BMP character (two UTF-16 units) and a NEL (a line break for YAML 1.1, not for LSP) before the finding.
        var text = SkippedHop.Replace("kind: UpgradePlan", "kind: UpgradePlan # 🚀 rocket\u0085bogus: not a key, still the comment")
            .Replace("  - upgrade: 5.6.0", "  - upgrade: 5.6.0 # 🚀");
        client.Open(Uri, text);

        var diagnostics = (await client.DiagnosticsAsync(Uri))["diagnostics"]!.AsArray();
        var diagnostic = diagnostics.Single(d => (string?)d!["code"] == "UG2001")!;
        Assert.Equal((12, 15, 12, 20), Span(diagnostic));
        Assert.DoesNotContain(diagnostics, d => (string?)d!["code"] == "UG1002");
    }

    [Fact]
    public async Task Close_clears_the_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, SkippedHop);
        await client.DiagnosticsAsync(Uri, 1);
        client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });

        await WaitUntil(() => client.Published(Uri).Count == 2);
        var cleared = client.Published(Uri).Last();
        Assert.Empty(cleared["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Malformed_messages_get_errors_and_the_server_keeps_serving()
    {
        await using var client = new LspTestClient();

        var early = await client.RequestRawAsync("textDocument/hover", new JsonObject());
        Assert.Equal(-32002, (int)early["error"]!["code"]!);
        await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });

        client.SendRaw("Content-Length: 9\r\n\r\n{not json");
        await WaitUntil(() => client.Notifications("textDocument/publishDiagnostics").Count == 0 && client.ParseErrors() > 0);

        Assert.Equal(-32601, (int)(await client.RequestRawAsync("textDocument/rename", new JsonObject()))["error"]!["code"]!);
        Assert.Equal(-32602, (int)(await client.RequestRawAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///nope.upgrade.yaml" }, ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 } }))["error"]!["code"]!);
        Assert.Equal(-32602, (int)(await client.RequestRawAsync("textDocument/codeAction", new JsonObject()))["error"]!["code"]!);
        client.Notify("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///never-opened.upgrade.yaml" } });

        client.Open(Uri, SkippedHop);
        Assert.NotEmpty((await client.DiagnosticsAsync(Uri))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_0()
    {
        var client = new LspTestClient();
        await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        await client.RequestAsync("shutdown", null);
        Assert.Equal(-32600, (int)(await client.RequestRawAsync("textDocument/hover", new JsonObject()))["error"]!["code"]!);
        client.Notify("exit", null);

        Assert.Equal(0, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task The_server_never_asks_the_user_anything()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, SkippedHop);
        await client.DiagnosticsAsync(Uri);
        Assert.Empty(client.Notifications("window/showMessageRequest"));
    }

    internal static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + LspTestClient.Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition never held");
            await Task.Delay(10);
        }
    }
}
