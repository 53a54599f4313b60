using System;
using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Configuration;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary>
/// <c>textDocument/didSave</c>: a saved manifest is checked again; a saved <c>.editorconfig</c> or <c>.globalconfig</c>
/// changes severities, so every open manifest is.
/// </summary>
internal sealed class DidSaveHandler : NotificationHandler
{
    private readonly LspSession _session;

    public DidSaveHandler(LspSession session) => _session = session;

    public override string Method => "textDocument/didSave";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) =>
        capabilities with { TextDocumentSync = (capabilities.TextDocumentSync ?? new TextDocumentSyncOptions()) with { Save = new SaveOptions(IncludeText: false) } };

    public override void Handle(JsonNode? parameters)
    {
        var uri = TextDocumentParams.Read(parameters).TextDocument.Uri;
        if (uri.EndsWith("/" + AnalyzerConfigFile.EditorConfigFileName, StringComparison.Ordinal) || uri.EndsWith("/" + AnalyzerConfigFile.GlobalConfigFileName, StringComparison.Ordinal)) _session.RecheckAll();
        else if (_session.Documents.TryGetValue(uri, out var document)) DiagnosticPublisher.RequestCheck(document);
    }
}
