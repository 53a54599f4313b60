using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Configuration;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>
/// The UpgradeGuard language server: LSP over a pair of streams (stdio for <c>upgrade-guard lsp</c>).
/// Messages are handled one at a time in the order they arrive, so text changes apply in order; checks run on the
/// thread pool, at most one per document at a time, and only the check of a document's latest version is published.
/// </summary>
public sealed class LanguageServer
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly TextWriter _log;
    private readonly ManifestChecks _checks;
    private readonly DiagnosticPublisher _publisher;
    private readonly EditorRequests _editor;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<JsonNode?, JsonNode?>> _requests;
    private readonly Dictionary<string, Action<JsonNode?>> _notifications;
    private bool _initialized;
    private bool _shutdownRequested;
    private bool _exitRequested;

    public LanguageServer(Stream input, Stream output, CatalogSet? catalogs = null, TextWriter? log = null)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _log = log ?? TextWriter.Null;
        _checks = new ManifestChecks(catalogs ?? CatalogLoader.BuiltIn);
        _publisher = new DiagnosticPublisher(_writer, _checks, _log);
        _editor = new EditorRequests(_checks);
        _requests = new Dictionary<string, Func<JsonNode?, JsonNode?>>(StringComparer.Ordinal)
        {
            ["initialize"] = Initialize,
            ["shutdown"] = _ => { _shutdownRequested = true; return null; },
            ["textDocument/codeAction"] = p => _editor.CodeActions(Document(p), p!),
            ["textDocument/hover"] = p => _editor.Hover(Document(p), p!),
            ["textDocument/completion"] = p => _editor.Completion(Document(p), p!),
        };
        _notifications = new Dictionary<string, Action<JsonNode?>>(StringComparer.Ordinal)
        {
            ["initialized"] = _ => { },
            ["exit"] = _ => _exitRequested = true,
            ["textDocument/didOpen"] = DidOpen,
            ["textDocument/didChange"] = DidChange,
            ["textDocument/didSave"] = DidSave,
            ["textDocument/didClose"] = DidClose,
            ["workspace/didChangeWatchedFiles"] = _ => RecheckAll(),
            ["workspace/didChangeConfiguration"] = _ => RecheckAll(),
        };
    }

    /// <summary>Serves until <c>exit</c> or the end of the input. Returns the process exit code: 0 after shutdown, else 1.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        while (!_exitRequested)
        {
            MessageReadResult? read;
            try
            {
                read = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                // The framing is lost: nothing after this can be trusted to be a message. Say why, on one line, and stop.
                _log.WriteLine($"upgrade-guard lsp: {ex.Message}; stopping, since the following messages cannot be found");
                _writer.Notify("window/logMessage", new JsonObject { ["type"] = 1, ["message"] = $"upgrade-guard: {ex.Message}; the server stops" });
                return 1;
            }
            if (read is null) break;
            if (read.Message is null)
            {
                _writer.RespondError(null, ErrorCodes.ParseError, "the message is not valid JSON: " + read.Error);
            }
            else
            {
                Dispatch(read.Message);
            }
            // Checks start once the messages already received are handled, so a burst of changes is checked once.
            if (!_reader.HasBufferedMessage) _publisher.StartPendingChecks(_documents.Values);
        }
        return _shutdownRequested ? 0 : 1;
    }

    private void Dispatch(JsonObject message)
    {
        var id = message["id"];
        var method = JsonParams.TryGetString(message["method"], out var name) ? name : null;
        var parameters = message["params"];
        bool isRequest = message.ContainsKey("id");
        if (method is null)
        {
            // A response (the server sends no requests) or garbage: answer garbage that carries an id.
            if (isRequest && !message.ContainsKey("result") && !message.ContainsKey("error")) _writer.RespondError(id, ErrorCodes.InvalidRequest, "a request needs a 'method'");
            return;
        }
        if (!isRequest)
        {
            HandleNotification(method, parameters);
            return;
        }
        if (!_initialized && method != "initialize")
        {
            _writer.RespondError(id, ErrorCodes.ServerNotInitialized, $"'{method}' before 'initialize'");
            return;
        }
        if (_shutdownRequested)
        {
            _writer.RespondError(id, ErrorCodes.InvalidRequest, $"'{method}' after 'shutdown'");
            return;
        }
        if (!_requests.TryGetValue(method, out var handler))
        {
            _writer.RespondError(id, ErrorCodes.MethodNotFound, $"'{method}' is not supported");
            return;
        }
        try
        {
            _writer.Respond(id, handler(parameters));
        }
        catch (InvalidParamsException ex)
        {
            _writer.RespondError(id, ErrorCodes.InvalidParams, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _log.WriteLine($"upgrade-guard lsp: {method} failed: {ex}");
            _writer.RespondError(id, ErrorCodes.InternalError, $"{method} failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void HandleNotification(string method, JsonNode? parameters)
    {
        if (!_notifications.TryGetValue(method, out var handler)) return; // $/cancelRequest, $/setTrace and the like
        if (!_initialized && method != "exit") return;
        try
        {
            handler(parameters);
        }
        catch (InvalidParamsException ex)
        {
            // A notification has no answer: one line in the log and to the client, never asking anything of the user.
            _log.WriteLine($"upgrade-guard lsp: {method} ignored: {ex.Message}");
            _writer.Notify("window/logMessage", new JsonObject { ["type"] = 2, ["message"] = $"upgrade-guard: {method} ignored: {ex.Message}" });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A real internal error: the stack trace goes to the log (stderr), the client gets one line.
            _log.WriteLine($"upgrade-guard lsp: {method} failed: {ex}");
            _writer.Notify("window/logMessage", new JsonObject { ["type"] = 1, ["message"] = $"upgrade-guard: {method} failed: {ex.GetType().Name}: {ex.Message}" });
        }
    }

    private JsonNode? Initialize(JsonNode? parameters)
    {
        _initialized = true;
        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["positionEncoding"] = "utf-16",
                ["textDocumentSync"] = new JsonObject
                {
                    ["openClose"] = true,
                    ["change"] = 2, // incremental
                    ["save"] = new JsonObject { ["includeText"] = false },
                },
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix") },
                ["hoverProvider"] = true,
                ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray(":", " ", "-") },
            },
            ["serverInfo"] = new JsonObject { ["name"] = "upgrade-guard", ["version"] = ToolInfo.Version },
        };
    }

    private void DidOpen(JsonNode? parameters)
    {
        var item = Required(Member(parameters, "textDocument"), "textDocument");
        var uri = RequiredString(Member(item, "uri"), "textDocument.uri");
        var document = new OpenDocument(uri, ManifestChecks.LocalPath(uri), OptionalInt(Member(item, "version")), RequiredString(Member(item, "text"), "textDocument.text"));
        _documents[uri] = document;
        DiagnosticPublisher.RequestCheck(document);
    }

    private void DidChange(JsonNode? parameters)
    {
        var document = Document(parameters);
        var changes = Member(parameters, "contentChanges") as JsonArray ?? throw new InvalidParamsException("didChange needs 'contentChanges' (a list)");
        lock (document.Gate)
        {
            var text = document.Text;
            foreach (var change in changes)
            {
                var newText = RequiredString(Member(change, "text"), "contentChanges[].text");
                if (Member(change, "range") is JsonObject range)
                {
                    int start = text.Offset(Member(range, "start"));
                    int end = Math.Max(start, text.Offset(Member(range, "end")));
                    text = new LspText(string.Concat(text.Text.AsSpan(0, start), newText, text.Text.AsSpan(end)));
                }
                else if (Member(change, "range") is null)
                {
                    text = new LspText(newText);
                }
                else
                {
                    throw new InvalidParamsException("'contentChanges[].range' must be a range");
                }
            }
            document.Text = text;
            document.Version = OptionalInt(Member(Member(parameters, "textDocument"), "version"), document.Version + 1);
        }
        DiagnosticPublisher.RequestCheck(document);
    }

    private void DidSave(JsonNode? parameters)
    {
        var uri = RequiredString(Member(Member(parameters, "textDocument"), "uri"), "textDocument.uri");
        // Saving an .editorconfig or .globalconfig changes severities of every open manifest.
        if (uri.EndsWith("/" + AnalyzerConfigFile.EditorConfigFileName, StringComparison.Ordinal) || uri.EndsWith("/" + AnalyzerConfigFile.GlobalConfigFileName, StringComparison.Ordinal)) RecheckAll();
        else if (_documents.TryGetValue(uri, out var document)) DiagnosticPublisher.RequestCheck(document);
    }

    private void DidClose(JsonNode? parameters)
    {
        var uri = RequiredString(Member(Member(parameters, "textDocument"), "uri"), "textDocument.uri");
        if (!_documents.TryRemove(uri, out var document)) return;
        lock (document.Gate)
        {
            document.IsClosed = true;
            _writer.Notify("textDocument/publishDiagnostics", new JsonObject { ["uri"] = uri, ["diagnostics"] = new JsonArray() });
        }
    }

    private void RecheckAll()
    {
        foreach (var document in _documents.Values)
        {
            lock (document.Gate) document.LastCheck = null;
            DiagnosticPublisher.RequestCheck(document);
        }
    }

    private OpenDocument Document(JsonNode? parameters)
    {
        var uri = RequiredString(Member(Member(parameters, "textDocument"), "uri"), "textDocument.uri");
        return _documents.TryGetValue(uri, out var document) ? document : throw new InvalidParamsException($"'{uri}' is not open");
    }

    private static JsonNode Required(JsonNode? node, string name) => node ?? throw new InvalidParamsException($"'{name}' is required");

    private static JsonNode? Member(JsonNode? node, string name) => JsonParams.Member(node, name);

    private static string RequiredString(JsonNode? node, string name) =>
        JsonParams.TryGetString(node, out var text) ? text : throw new InvalidParamsException($"'{name}' must be a string");

    private static int OptionalInt(JsonNode? node, int fallback = 0) => JsonParams.TryGetInt(node, out var number) ? number : fallback;

    /// <summary>The text the server holds for an open document (tests compare it with the editor's).</summary>
    internal string? DocumentText(string uri)
    {
        if (!_documents.TryGetValue(uri, out var document)) return null;
        lock (document.Gate) return document.Text.Text;
    }
}
