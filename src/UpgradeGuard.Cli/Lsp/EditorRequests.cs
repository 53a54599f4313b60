using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Editing;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>Code actions, hover and completion: the engine's answers, in LSP shapes.</summary>
internal sealed class EditorRequests
{
    private readonly ManifestChecks _checks;

    public EditorRequests(ManifestChecks checks) => _checks = checks;

    public JsonNode? CodeActions(OpenDocument document, JsonNode parameters) => new JsonArray();

    public JsonNode? Hover(OpenDocument document, JsonNode parameters)
    {
        var current = document.Current(_checks.Check);
        int shift = current.EngineOffsetShift;
        int offset = current.Text.Offset(parameters["position"]) - shift;
        var hover = HoverProvider.At(current.Result, offset);
        if (hover is null) return null;
        return new JsonObject
        {
            ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = hover.Markdown },
            ["range"] = current.Text.Range(hover.Span.StartOffset + shift, hover.Span.EndOffset + shift),
        };
    }

    public JsonNode? Completion(OpenDocument document, JsonNode parameters)
    {
        LspText text;
        lock (document.Gate) text = document.Text;
        int shift = text.Text.Length > 0 && text.Text[0] == '\uFEFF' ? 1 : 0;
        int offset = text.Offset(parameters["position"]);
        var context = CursorContext.At(shift == 0 ? text.Text : text.Text.Substring(1), offset - shift);
        var items = new JsonArray();
        foreach (var item in CompletionProvider.For(context, _checks.Catalogs))
        {
            items.Add(new JsonObject
            {
                ["label"] = item.Label,
                ["kind"] = item.Kind switch { CompletionKind.Key => 10, CompletionKind.Version => 21, _ => 12 },
                ["detail"] = item.Detail,
                ["textEdit"] = new JsonObject
                {
                    ["range"] = text.Range(context.WordStart + shift, offset),
                    ["newText"] = item.InsertText,
                },
            });
        }
        return new JsonObject { ["isIncomplete"] = false, ["items"] = items };
    }
}
