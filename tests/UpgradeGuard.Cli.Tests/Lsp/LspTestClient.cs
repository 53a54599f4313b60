using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Lsp;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Tests.Lsp;

/// <summary>An LSP client talking to an in-process <see cref="LanguageServer"/> through in-memory pipes.</summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Stream _toServerStream;
    private readonly MessageWriter _writer;
    private readonly Task<int> _server;
    private readonly Task _pump;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private readonly SemaphoreSlim _notified = new(0);
    private int _nextId;

    public LspTestClient()
    {
        _toServerStream = _toServer.Writer.AsStream();
        _writer = new MessageWriter(_toServerStream);
        Server = new LanguageServer(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream(), log: ServerLog);
        _server = Task.Run(() => Server.RunAsync());
        _pump = Task.Run(PumpAsync);
    }

    public StringWriter ServerLog { get; } = new();

    /// <summary>The server, to compare the text it holds with the client's.</summary>
    internal LanguageServer Server { get; }

    public Task<int> ServerExit => _server;

    public static async Task<LspTestClient> StartAsync()
    {
        var client = new LspTestClient();
        await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        client.Notify("initialized", new JsonObject());
        return client;
    }

    /// <summary>The whole response (result or error).</summary>
    public async Task<JsonObject> RequestRawAsync(string method, JsonNode? parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        _writer.Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await completion.Task.WaitAsync(Timeout);
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters)
    {
        var response = await RequestRawAsync(method, parameters);
        if (response["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        return response["result"];
    }

    public void Notify(string method, JsonNode? parameters) => _writer.Notify(method, parameters);

    /// <summary>Several messages in one write, as a client does when the user types fast.</summary>
    public void SendAtOnce(IEnumerable<JsonObject> messages)
    {
        var bytes = new MemoryStream();
        var writer = new MessageWriter(bytes);
        foreach (var message in messages) writer.Write(message);
        _toServerStream.Write(bytes.ToArray());
        _toServerStream.Flush();
    }

    /// <summary>
    /// Message bodies written as JSON text, framed and sent in one write: for strings System.Text.Json will not write,
    /// such as a lone surrogate (<see cref="JsonString"/> escapes it as an editor does).
    /// </summary>
    public void SendJson(IEnumerable<string> bodies)
    {
        var bytes = new MemoryStream();
        foreach (var body in bodies)
        {
            var utf8 = Encoding.UTF8.GetBytes(body);
            bytes.Write(Encoding.ASCII.GetBytes($"Content-Length: {utf8.Length}\r\n\r\n"));
            bytes.Write(utf8);
        }
        _toServerStream.Write(bytes.ToArray());
        _toServerStream.Flush();
    }

    /// <summary>A JSON string literal with every character outside printable ASCII escaped as <c>\uXXXX</c> (lone surrogates included).</summary>
    public static string JsonString(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"' || c == '\\') builder.Append('\\').Append(c);
            else if (c >= ' ' && c <= '~') builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A didChange replacing a range, as JSON text.</summary>
    public static string ChangeJson(string uri, int version, int line, int character, int endLine, int endCharacter, string text) =>
        $"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{{\"textDocument\":{{\"uri\":{JsonString(uri)},\"version\":{version}}}," +
        $"\"contentChanges\":[{{\"range\":{{\"start\":{{\"line\":{line},\"character\":{character}}},\"end\":{{\"line\":{endLine},\"character\":{endCharacter}}}}},\"text\":{JsonString(text)}}}]}}}}";

    /// <summary>Raw bytes, for malformed input.</summary>
    public void SendRaw(string text)
    {
        _toServerStream.Write(Encoding.UTF8.GetBytes(text));
        _toServerStream.Flush();
    }

    public void Open(string uri, string text, int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = version, ["text"] = text },
        });

    public static JsonObject Change(string uri, int version, int line, int character, int endLine, int endCharacter, string text) => new()
    {
        ["jsonrpc"] = "2.0",
        ["method"] = "textDocument/didChange",
        ["params"] = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
                    ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
                },
                ["text"] = text,
            }),
        },
    };

    /// <summary>Waits for the diagnostics of <paramref name="uri"/> at <paramref name="version"/> (or any version when null).</summary>
    public async Task<JsonObject> DiagnosticsAsync(string uri, int? version = null)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        while (true)
        {
            lock (_notifications)
            {
                var found = _notifications.FirstOrDefault(n => (string?)n["method"] == "textDocument/publishDiagnostics"
                    && (string?)n["params"]!["uri"] == uri && (version is null || (int?)n["params"]!["version"] == version));
                if (found != null) return (JsonObject)found["params"]!;
            }
            await _notified.WaitAsync(cancel.Token);
        }
    }

    public List<JsonObject> Published(string uri)
    {
        lock (_notifications)
        {
            return _notifications.Where(n => (string?)n["method"] == "textDocument/publishDiagnostics" && (string?)n["params"]!["uri"] == uri)
                .Select(n => (JsonObject)n["params"]!).ToList();
        }
    }

    public List<JsonObject> Notifications(string method)
    {
        lock (_notifications) return _notifications.Where(n => (string?)n["method"] == method).ToList();
    }

    /// <summary>Responses to requests the test sent as raw JSON (the client did not number them).</summary>
    public List<JsonObject> Responses()
    {
        lock (_notifications) return _notifications.Where(n => !n.ContainsKey("method")).ToList();
    }

    /// <summary>Error responses with a null id: answers to messages the server could not read.</summary>
    public int ParseErrors()
    {
        lock (_notifications) return _notifications.Count(n => n.ContainsKey("error") && n["id"] is null && (int?)n["error"]!["code"] == -32700);
    }

    private async Task PumpAsync()
    {
        var reader = new MessageReader(_fromServer.Reader.AsStream());
        while (await reader.ReadAsync(CancellationToken.None) is { Message: { } message })
        {
            if (message.ContainsKey("id") && !message.ContainsKey("method"))
            {
                // Responses with a null id (parse errors) go to the notification list, where tests look for them.
                if (message["id"] is JsonValue id && id.TryGetValue<int>(out var number) && _pending.TryRemove(number, out var completion))
                {
                    completion.SetResult(message);
                    continue;
                }
            }
            lock (_notifications) _notifications.Add(message);
            _notified.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        await Task.WhenAny(_server, Task.Delay(Timeout));
        await _fromServer.Writer.CompleteAsync();
        await Task.WhenAny(_pump, Task.Delay(Timeout));
    }
}
