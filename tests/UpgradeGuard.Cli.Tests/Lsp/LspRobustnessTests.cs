using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

/// <summary>What an editor may really send: half an emoji, parameters of the wrong type, sloppy framing.</summary>
public sealed class LspRobustnessTests
{
    private const string Uri = "file:///repo/clusters/lab.upgrade.yaml";

    private const string Plan = """
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

        """;

    private static JsonArray Diagnostics(JsonObject published) => published["diagnostics"]!.AsArray();

    private static (int, int) Start(JsonNode diagnostic) => ((int)diagnostic["range"]!["start"]!["line"]!, (int)diagnostic["range"]!["start"]!["character"]!);

    /// <summary>No stack trace in the server's log: traces are for real internal errors only.</summary>
    private static void AssertNoStackTrace(LspTestClient client) =>
        Assert.DoesNotContain("   at ", client.ServerLog.ToString());

    [Fact]
    public async Task Half_an_emoji_is_applied_reported_as_UG1001_and_completed_by_the_next_change()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Plan);
        await client.DiagnosticsAsync(Uri, 1);

        // The user types a rocket after "kind: UpgradePlan #": the editor sends its two halves one at a time.
        client.SendJson(new[] { LspTestClient.ChangeJson(Uri, 2, 1, 17, 1, 17, " # \ud83d") });
        var half = await client.DiagnosticsAsync(Uri, 2);
        Assert.Equal(Plan.Replace("kind: UpgradePlan", "kind: UpgradePlan # \ud83d"), client.Server.DocumentText(Uri));
        var invalid = Assert.Single(Diagnostics(half))!;
        Assert.Equal("UG1001", (string?)invalid["code"]);
        Assert.Equal((1, 20), Start(invalid));
        Assert.Contains("lone UTF-16 surrogate U+D83D", (string?)invalid["message"]);

        client.SendJson(new[] { LspTestClient.ChangeJson(Uri, 3, 1, 21, 1, 21, "\ude80") });
        var whole = await client.DiagnosticsAsync(Uri, 3);
        Assert.Equal(Plan.Replace("kind: UpgradePlan", "kind: UpgradePlan # 🚀"), client.Server.DocumentText(Uri));
        Assert.Contains(Diagnostics(whole), d => (string?)d!["code"] == "UG2001");
        Assert.DoesNotContain(Diagnostics(whole), d => (string?)d!["code"] == "UG1001");
        Assert.Empty(client.Notifications("window/logMessage"));
        Assert.Equal("", client.ServerLog.ToString());
    }

    [Fact]
    public async Task Random_edits_with_split_surrogates_keep_the_servers_text_equal_to_the_editors()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Plan);
        await client.DiagnosticsAsync(Uri, 1);
        var random = new Random(20261201);
        string[] pieces = { "", "x", "é", "🚀", "\ud83d", "\ude80", "\n", "\r\n", "\r", " # c", "\u0085", "\u2028", "key: 1\n", "- " };
        var text = Plan;
        int version = 1;
        for (int batch = 0; batch < 100; batch++)
        {
            var messages = new List<string>();
            for (int i = 0; i < 50; i++)
            {
                int start = Addressable(text, random.Next(text.Length + 1));
                int end = Addressable(text, Math.Min(text.Length, start + random.Next(4)));
                if (end < start) end = start;
                var piece = pieces[random.Next(pieces.Length)];
                var (sl, sc) = Position(text, start);
                var (el, ec) = Position(text, end);
                messages.Add(LspTestClient.ChangeJson(Uri, ++version, sl, sc, el, ec, piece));
                text = string.Concat(text.AsSpan(0, start), piece, text.AsSpan(end));
            }
            client.SendJson(messages);
        }

        await client.DiagnosticsAsync(Uri, version);
        Assert.Equal(text, client.Server.DocumentText(Uri));
        Assert.Empty(client.Notifications("window/logMessage"));
        Assert.Equal("", client.ServerLog.ToString());
    }

    [Fact]
    public async Task Parameters_of_the_wrong_type_get_invalid_params_without_a_stack_trace()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Plan);
        await client.DiagnosticsAsync(Uri, 1);
        var position = new JsonObject { ["line"] = 0, ["character"] = 0 };
        var document = new JsonObject { ["uri"] = Uri };

        var requests = new (string Method, JsonNode? Params)[]
        {
            ("textDocument/hover", 7),
            ("textDocument/hover", "x"),
            ("textDocument/hover", new JsonArray(1, 2)),
            ("textDocument/hover", new JsonObject { ["textDocument"] = "x", ["position"] = position.DeepClone() }),
            ("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = 7 }, ["position"] = position.DeepClone() }),
            ("textDocument/hover", new JsonObject { ["textDocument"] = document.DeepClone(), ["position"] = "x" }),
            ("textDocument/hover", new JsonObject { ["textDocument"] = document.DeepClone(), ["position"] = new JsonObject { ["line"] = "0", ["character"] = 0 } }),
            ("textDocument/completion", new JsonObject { ["textDocument"] = document.DeepClone(), ["position"] = 7 }),
            ("textDocument/codeAction", new JsonObject { ["textDocument"] = document.DeepClone(), ["range"] = "x" }),
            ("textDocument/codeAction", new JsonObject { ["textDocument"] = document.DeepClone(), ["range"] = new JsonObject { ["start"] = 1, ["end"] = position.DeepClone() } }),
        };
        foreach (var (method, parameters) in requests)
        {
            var response = await client.RequestRawAsync(method, parameters);
            Assert.True((int?)response["error"]?["code"] == -32602, $"{method} {parameters?.ToJsonString()}: {response.ToJsonString()}");
        }

        // Wrong but usable: a diagnostic that is not an object is left out of the filter.
        var actions = await client.RequestRawAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = document.DeepClone(),
            ["range"] = new JsonObject { ["start"] = position.DeepClone(), ["end"] = new JsonObject { ["line"] = 20, ["character"] = 0 } },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(7, "x", new JsonObject { ["code"] = 5 }) },
        });
        Assert.NotNull(actions["result"]);
        AssertNoStackTrace(client);
        Assert.Equal("", client.ServerLog.ToString());
    }

    [Fact]
    public async Task A_notification_with_unusable_parameters_is_one_line_in_the_log_and_changes_nothing()
    {
        await using var client = await LspTestClient.StartAsync();
        client.Open(Uri, Plan);
        await client.DiagnosticsAsync(Uri, 1);
        var document = new JsonObject { ["uri"] = Uri, ["version"] = 2 };

        var bad = new (string Method, JsonNode? Params)[]
        {
            ("textDocument/didOpen", 7),
            ("textDocument/didOpen", new JsonObject { ["textDocument"] = "x" }),
            ("textDocument/didChange", new JsonObject { ["textDocument"] = "x", ["contentChanges"] = new JsonArray() }),
            ("textDocument/didChange", new JsonObject { ["textDocument"] = document.DeepClone(), ["contentChanges"] = "x" }),
            ("textDocument/didChange", new JsonObject { ["textDocument"] = document.DeepClone(), ["contentChanges"] = new JsonArray(7) }),
            ("textDocument/didChange", new JsonObject { ["textDocument"] = document.DeepClone(), ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = "x", ["text"] = "y" }) }),
            ("textDocument/didSave", "x"),
            ("textDocument/didClose", new JsonArray()),
        };
        foreach (var (method, parameters) in bad) client.Notify(method, parameters);
        await LspProtocolTests.WaitUntil(() => client.Notifications("window/logMessage").Count == bad.Length);

        var lines = client.ServerLog.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(bad.Length, lines.Length);
        Assert.All(lines.Zip(bad), pair => Assert.StartsWith($"upgrade-guard lsp: {pair.Second.Method} ignored: ", pair.First));
        AssertNoStackTrace(client);
        Assert.Equal(Plan, client.Server.DocumentText(Uri));

        // The server goes on: a good change after the bad ones is applied.
        client.SendAtOnce(new[] { LspTestClient.Change(Uri, 2, 4, 11, 4, 16, "5.5.1") });
        var published = await client.DiagnosticsAsync(Uri, 2);
        Assert.DoesNotContain(Diagnostics(published), d => (string?)d!["code"] == "UG2001");
    }

    [Fact]
    public async Task A_method_name_with_a_lone_surrogate_is_not_found_and_the_server_goes_on()
    {
        await using var client = await LspTestClient.StartAsync();
        client.SendJson(new[] { "{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"x\\ud83d\",\"params\":{}}" });
        client.Open(Uri, Plan);

        await client.DiagnosticsAsync(Uri, 1);
        var answer = await WaitFor(client, n => (int?)n["id"] == 900);
        Assert.Equal(-32601, (int)answer["error"]!["code"]!);
        Assert.Equal("", client.ServerLog.ToString());
    }

    [Fact]
    public async Task Headers_ending_in_a_bare_line_feed_are_read()
    {
        await using var client = await LspTestClient.StartAsync();
        var body = "{\"jsonrpc\":\"2.0\",\"id\":901,\"method\":\"shutdown\"}";
        client.SendRaw($"Content-Length: {body.Length}\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n{body}");

        var answer = await WaitFor(client, n => (int?)n["id"] == 901);
        Assert.True(answer.ContainsKey("result"));
        Assert.Null(answer["error"]);
    }

    [Theory]
    [InlineData("Content-Type: application/json\r\n\r\n{}")]
    [InlineData("Content-Length: -5\r\n\r\n{}")]
    [InlineData("Content-Length: five\r\n\r\n{}")]
    [InlineData("Content-Length: 99999999999\r\n\r\n{}")]
    public async Task A_header_without_a_usable_length_ends_the_server_with_1_and_one_line_saying_why(string message)
    {
        await using var client = await LspTestClient.StartAsync();
        client.SendRaw(message);

        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
        var log = client.ServerLog.ToString();
        Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no valid Content-Length", log);
        await LspProtocolTests.WaitUntil(() => client.Notifications("window/logMessage").Count == 1);
        Assert.Contains("the server stops", (string?)client.Notifications("window/logMessage")[0]["params"]!["message"]);
    }

    [Fact]
    public void Every_JSON_escape_is_read_and_lone_surrogates_are_kept()
    {
        var node = JsonNode.Parse("""{"s":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d|\ude80\uD83D\uDE80 é"}""");

        Assert.True(UpgradeGuard.Cli.Lsp.Protocol.JsonParams.TryGetString(node!["s"], out var value));
        Assert.Equal("a\"b\\c/d\b\f\n\r\t\u00e9\ud83d|\ude80🚀 é", value);
        Assert.False(UpgradeGuard.Cli.Lsp.Protocol.JsonParams.TryGetString(JsonNode.Parse("7"), out _));
        Assert.True(UpgradeGuard.Cli.Lsp.Protocol.JsonParams.TryGetString(JsonValue.Create("built"), out var built));
        Assert.Equal("built", built);
    }

    private static async Task<JsonObject> WaitFor(LspTestClient client, Func<JsonObject, bool> match)
    {
        JsonObject? found = null;
        await LspProtocolTests.WaitUntil(() => (found = client.Responses().FirstOrDefault(match)) != null);
        return found!;
    }

    /// <summary>An offset an editor can address: never between the CR and the LF of a CRLF.</summary>
    private static int Addressable(string text, int offset) =>
        offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n' ? offset - 1 : offset;

    /// <summary>The LSP position of an offset: lines end at CRLF, CR or LF; characters are UTF-16 code units.</summary>
    private static (int Line, int Character) Position(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart);
    }
}
