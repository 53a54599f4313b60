using System;
using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>textDocument/didChange</c>: incremental changes, applied in order; the document is checked again.</summary>
internal sealed class DidChangeHandler : NotificationHandler
{
    private readonly LspSession _session;

    public DidChangeHandler(LspSession session) => _session = session;

    public override string Method => "textDocument/didChange";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) =>
        capabilities with { TextDocumentSync = (capabilities.TextDocumentSync ?? new TextDocumentSyncOptions()) with { Change = TextDocumentSyncKind.Incremental } };

    public override void Handle(JsonNode? parameters)
    {
        // Read whole before anything is applied: unusable parameters change nothing.
        var change = DidChangeTextDocumentParams.Read(parameters);
        var document = _session.Document(new TextDocumentIdentifier(change.TextDocument.Uri));
        lock (document.Gate)
        {
            var text = document.Text;
            foreach (var edit in change.ContentChanges)
            {
                if (edit.Range is { } range)
                {
                    int start = text.Offset(range.Start);
                    int end = Math.Max(start, text.Offset(range.End));
                    text = new LspText(string.Concat(text.Text.AsSpan(0, start), edit.Text, text.Text.AsSpan(end)));
                }
                else
                {
                    text = new LspText(edit.Text);
                }
            }
            document.Text = text;
            document.Version = change.TextDocument.Version ?? document.Version + 1;
        }
        DiagnosticPublisher.RequestCheck(document);
    }
}
