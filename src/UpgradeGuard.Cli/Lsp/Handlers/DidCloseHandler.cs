using System;
using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>textDocument/didClose</c>: the document is forgotten and its diagnostics cleared.</summary>
internal sealed class DidCloseHandler : NotificationHandler
{
    private readonly LspSession _session;

    public DidCloseHandler(LspSession session) => _session = session;

    public override string Method => "textDocument/didClose";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) =>
        capabilities with { TextDocumentSync = (capabilities.TextDocumentSync ?? new TextDocumentSyncOptions()) with { OpenClose = true } };

    public override void Handle(JsonNode? parameters)
    {
        var uri = TextDocumentParams.Read(parameters).TextDocument.Uri;
        if (!_session.Documents.TryRemove(uri, out var document)) return;
        lock (document.Gate)
        {
            document.IsClosed = true;
            _session.Writer.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, Array.Empty<Protocol.Diagnostic>()), LspJsonContext.Default.PublishDiagnosticsParams);
        }
    }
}
