using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Lsp;
using UpgradeGuard.Cli.Lsp.Handlers;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Catalog;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

/// <summary>The registry of handlers: one per method, the capabilities they add up to, and the wire format they write.</summary>
public sealed class LspHandlersTests
{
    /// <summary>The capabilities the server announced before handlers existed, byte for byte.</summary>
    private const string Capabilities =
        "{\"positionEncoding\":\"utf-16\",\"textDocumentSync\":{\"openClose\":true,\"change\":2,\"save\":{\"includeText\":false}}," +
        "\"codeActionProvider\":{\"codeActionKinds\":[\"quickfix\"]},\"hoverProvider\":true,\"completionProvider\":{\"triggerCharacters\":[\":\",\" \",\"-\"]}}";

    private static LspHandlers ServerHandlers() =>
        LspHandlers.For(new LspSession(new MessageWriter(Stream.Null), new ManifestChecks(CatalogLoader.BuiltIn), TextWriter.Null));

    private static string Json(ServerCapabilities capabilities) => JsonSerializer.Serialize(capabilities, LspJsonContext.Default.ServerCapabilities);

    [Fact]
    public void The_server_handles_each_method_once()
    {
        var methods = ServerHandlers().All.Select(h => h.Method).ToList();

        Assert.Equal(methods.Count, methods.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(new[]
        {
            "exit", "initialize", "initialized", "shutdown",
            "textDocument/codeAction", "textDocument/completion", "textDocument/didChange", "textDocument/didClose",
            "textDocument/didOpen", "textDocument/didSave", "textDocument/hover",
            "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles",
        }, methods.OrderBy(m => m, StringComparer.Ordinal));
    }

    [Fact]
    public void Two_handlers_for_one_method_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new LspHandlers(new ILspHandler[] { new InitializedHandler(), new InitializedHandler() }));
        Assert.Contains("'initialized'", error.Message);
    }

    [Fact]
    public void Requests_and_notifications_are_what_they_say()
    {
        foreach (var handler in ServerHandlers().All)
        {
            Assert.Equal(handler.IsRequest, handler is IRequestHandler);
            Assert.Equal(!handler.IsRequest, handler is INotificationHandler);
        }
    }

    [Fact]
    public void Capabilities_are_what_the_handlers_contribute()
    {
        Assert.Equal("{}", Json(new LspHandlers(Array.Empty<ILspHandler>()).Capabilities));
        Assert.Equal(Capabilities, Json(ServerHandlers().Capabilities));

        // Without the hover handler the server does not announce hover; without didSave, no save options.
        var withoutHover = new LspHandlers(ServerHandlers().All.Where(h => h.Method is not ("textDocument/hover" or "textDocument/didSave")));
        Assert.Null(withoutHover.Capabilities.HoverProvider);
        Assert.Null(withoutHover.Capabilities.TextDocumentSync!.Save);
        Assert.Equal(TextDocumentSyncKind.Incremental, withoutHover.Capabilities.TextDocumentSync.Change);
        Assert.NotNull(withoutHover.Capabilities.CompletionProvider);
    }

    [Fact]
    public async Task Initialize_answers_the_registrys_capabilities_byte_for_byte()
    {
        await using var client = new LspTestClient();
        var result = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });

        Assert.Equal(Capabilities, result!["capabilities"]!.ToJsonString());
        Assert.Equal(Json(client.Server.Handlers.Capabilities), result["capabilities"]!.ToJsonString());
        Assert.Equal(new[] { "name", "version" }, result["serverInfo"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task A_method_without_a_handler_is_method_not_found()
    {
        await using var client = await LspTestClient.StartAsync();

        foreach (var method in new[] { "textDocument/definition", "workspace/symbol", "$/unknown", "", "initialized", "textDocument/didOpen" })
        {
            var error = (await client.RequestRawAsync(method, new JsonObject()))["error"]!;
            Assert.Equal((int)ErrorCodes.MethodNotFound, (int)error["code"]!);
            Assert.Equal(-32601, (int)error["code"]!);
            Assert.Equal($"'{method}' is not supported", (string?)error["message"]);
        }
        // Every request handler is reached (an answer other than -32601), notifications sent as notifications change nothing here.
        foreach (var handler in client.Server.Handlers.All.Where(h => h.IsRequest && h.Method != "shutdown"))
        {
            var response = await client.RequestRawAsync(handler.Method, new JsonObject());
            Assert.NotEqual(-32601, (int?)response["error"]?["code"]);
        }
        Assert.Equal("", client.ServerLog.ToString());
    }

    [Fact]
    public async Task Diagnostics_and_completions_are_written_as_before()
    {
        const string uri = "file:///repo/lab.upgrade.yaml";
        await using var client = await LspTestClient.StartAsync();
        client.Open(uri, "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 1\n  version: 5.4.4\nupgrade:\n  to: 5.6.0\n");

        var published = await client.DiagnosticsAsync(uri, 1);
        Assert.Equal(new[] { "uri", "version", "diagnostics" }, published.Select(p => p.Key));
        var diagnostic = published["diagnostics"]![0]!.AsObject();
        Assert.Equal(new[] { "range", "severity", "code", "codeDescription", "source", "message" }, diagnostic.Select(p => p.Key));
        Assert.Equal(JsonValueKind.Number, diagnostic["severity"]!.GetValueKind());
        Assert.StartsWith("{\"start\":{\"line\":", diagnostic["range"]!.ToJsonString(), StringComparison.Ordinal);

        var completion = await client.RequestAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = 4, ["character"] = 11 },
        });
        Assert.Equal(new[] { "isIncomplete", "items" }, completion!.AsObject().Select(p => p.Key));
        var item = completion["items"]!.AsArray().First(i => (string?)i!["label"] == "5.5.1")!;
        Assert.Equal((int)CompletionItemKind.Constant, (int)item["kind"]!);
        Assert.Equal(21, (int)item["kind"]!);
        Assert.Equal("label", item.AsObject().First().Key);
        Assert.Equal("newText", item["textEdit"]!.AsObject().Last().Key);
    }

    [Fact]
    public void The_tool_is_built_with_the_trim_and_AOT_analyzers()
    {
        // IsAotCompatible turns on the trim, AOT and single-file analyzers, and TreatWarningsAsErrors makes any IL2xxx
        // or IL3xxx warning (a JsonSerializer call without type information, reflection) fail the build; the SDK marks
        // such an assembly IsTrimmable.
        var metadata = typeof(LanguageServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>();
        Assert.Contains(metadata, m => m.Key == "IsTrimmable" && m.Value == "True");
    }
}
