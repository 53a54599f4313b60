using System.Collections.Generic;
using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Editing;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>textDocument/completion</c>: keys, step actions, versions and enumeration words, from the text's indentation alone.</summary>
internal sealed class CompletionHandler : RequestHandler
{
    private readonly LspSession _session;

    public CompletionHandler(LspSession session) => _session = session;

    public override string Method => "textDocument/completion";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) =>
        capabilities with { CompletionProvider = new CompletionOptions(new[] { ":", " ", "-" }) };

    public override LspResponse Handle(JsonNode? parameters)
    {
        var request = TextDocumentPositionParams.Read(parameters);
        var document = _session.Document(request.TextDocument);
        LspText text;
        lock (document.Gate) text = document.Text;
        int offset = text.EngineOffset(request.Position);
        var context = CursorContext.At(text.EngineText, offset);
        var items = new List<Protocol.CompletionItem>();
        foreach (var item in CompletionProvider.For(context, _session.Checks.Catalogs))
        {
            var edit = new TextEdit(text.EngineRange(context.WordStart, offset), item.InsertText);
            items.Add(new Protocol.CompletionItem(item.Label, Kind(item.Kind), item.Detail, edit));
        }
        return LspResponse.Of(new CompletionList(IsIncomplete: false, items), LspJsonContext.Default.CompletionList);
    }

    private static CompletionItemKind Kind(CompletionKind kind) => kind switch
    {
        CompletionKind.Key => CompletionItemKind.Property,
        CompletionKind.Version => CompletionItemKind.Constant,
        _ => CompletionItemKind.Value,
    };
}
