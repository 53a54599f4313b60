using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Editing;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>textDocument/hover</c>: the engine's explanation of the key or value under the cursor (nothing while the file does not parse).</summary>
internal sealed class HoverHandler : RequestHandler
{
    private readonly LspSession _session;

    public HoverHandler(LspSession session) => _session = session;

    public override string Method => "textDocument/hover";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) => capabilities with { HoverProvider = true };

    public override LspResponse Handle(JsonNode? parameters)
    {
        var request = TextDocumentPositionParams.Read(parameters);
        var current = _session.Document(request.TextDocument).Current(_session.Checks.Check);
        int offset = current.Text.EngineOffset(request.Position);
        var hover = HoverProvider.At(current.Result, offset);
        if (hover is null) return LspResponse.Null;
        var range = current.Text.EngineRange(hover.Span.StartOffset, hover.Span.EndOffset);
        return LspResponse.Of(new Hover(new MarkupContent(MarkupKind.Markdown, hover.Markdown), range), LspJsonContext.Default.Hover);
    }
}
