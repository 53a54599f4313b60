using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>textDocument/didOpen</c>: the document is held and checked.</summary>
internal sealed class DidOpenHandler : NotificationHandler
{
    private readonly LspSession _session;

    public DidOpenHandler(LspSession session) => _session = session;

    public override string Method => "textDocument/didOpen";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) =>
        capabilities with { TextDocumentSync = (capabilities.TextDocumentSync ?? new TextDocumentSyncOptions()) with { OpenClose = true } };

    public override void Handle(JsonNode? parameters)
    {
        var item = DidOpenTextDocumentParams.Read(parameters).TextDocument;
        var document = new OpenDocument(item.Uri, ManifestChecks.LocalPath(item.Uri), item.Version, item.Text);
        _session.Documents[item.Uri] = document;
        DiagnosticPublisher.RequestCheck(document);
    }
}
