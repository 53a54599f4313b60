using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Lsp.Handlers;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Catalog;

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
    private readonly LspSession _session;
    private readonly DiagnosticPublisher _publisher;

    public LanguageServer(Stream input, Stream output, CatalogSet? catalogs = null, TextWriter? log = null)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _log = log ?? TextWriter.Null;
        _session = new LspSession(_writer, new ManifestChecks(catalogs ?? CatalogLoader.BuiltIn), _log);
        _publisher = new DiagnosticPublisher(_writer, _session.Checks, _log);
        Handlers = LspHandlers.For(_session);
    }

    /// <summary>The handler of each method, and the capabilities they add up to.</summary>
    internal LspHandlers Handlers { get; }

    /// <summary>Serves until <c>exit</c> or the end of the input. Returns the process exit code: 0 after shutdown, else 1.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        while (!_session.ExitRequested)
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
                _session.LogMessage(MessageType.Error, $"upgrade-guard: {ex.Message}; the server stops");
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
            if (!_reader.HasBufferedMessage) _publisher.StartPendingChecks(_session.Documents.Values);
        }
        return _session.ShutdownRequested ? 0 : 1;
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
        if (!_session.Initialized && method != "initialize")
        {
            _writer.RespondError(id, ErrorCodes.ServerNotInitialized, $"'{method}' before 'initialize'");
            return;
        }
        if (_session.ShutdownRequested)
        {
            _writer.RespondError(id, ErrorCodes.InvalidRequest, $"'{method}' after 'shutdown'");
            return;
        }
        if (Handlers.Request(method) is not { } handler)
        {
            _writer.RespondError(id, ErrorCodes.MethodNotFound, $"'{method}' is not supported");
            return;
        }
        LspResponse response;
        try
        {
            response = handler.Handle(parameters);
        }
        catch (InvalidParamsException ex)
        {
            _writer.RespondError(id, ErrorCodes.InvalidParams, ex.Message);
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _log.WriteLine($"upgrade-guard lsp: {method} failed: {ex}");
            _writer.RespondError(id, ErrorCodes.InternalError, $"{method} failed: {ex.GetType().Name}: {ex.Message}");
            return;
        }
        response.WriteTo(_writer, id);
    }

    private void HandleNotification(string method, JsonNode? parameters)
    {
        if (Handlers.Notification(method) is not { } handler) return; // $/cancelRequest, $/setTrace and the like
        if (!_session.Initialized && method != "exit") return;
        try
        {
            handler.Handle(parameters);
        }
        catch (InvalidParamsException ex)
        {
            // A notification has no answer: one line in the log and to the client, never asking anything of the user.
            _log.WriteLine($"upgrade-guard lsp: {method} ignored: {ex.Message}");
            _session.LogMessage(MessageType.Warning, $"upgrade-guard: {method} ignored: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A real internal error: the stack trace goes to the log (stderr), the client gets one line.
            _log.WriteLine($"upgrade-guard lsp: {method} failed: {ex}");
            _session.LogMessage(MessageType.Error, $"upgrade-guard: {method} failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The text the server holds for an open document (tests compare it with the editor's).</summary>
    internal string? DocumentText(string uri)
    {
        if (!_session.Documents.TryGetValue(uri, out var document)) return null;
        lock (document.Gate) return document.Text.Text;
    }
}
