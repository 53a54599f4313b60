using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Editing;
using UpgradeGuard.Core.Fixes;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>Code actions, hover and completion: the engine's answers, in LSP shapes.</summary>
internal sealed class EditorRequests
{
    private readonly ManifestChecks _checks;

    public EditorRequests(ManifestChecks checks) => _checks = checks;

    /// <summary>
    /// The quick fixes for the diagnostics in the requested range (only those the client names, when it names any):
    /// each rule's fix, then "disable on this line". Edits come from the engine and keep the rest of the file as it is.
    /// </summary>
    public JsonNode? CodeActions(OpenDocument document, JsonNode parameters)
    {
        var current = document.Current(_checks.Check);
        int shift = current.EngineOffsetShift;
        var range = JsonParams.Member(parameters, "range") as JsonObject ?? throw new InvalidParamsException("codeAction needs a 'range'");
        int start = current.Text.Offset(JsonParams.Member(range, "start")) - shift;
        int end = current.Text.Offset(JsonParams.Member(range, "end")) - shift;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (JsonParams.Member(JsonParams.Member(parameters, "context"), "diagnostics") is JsonArray named)
        {
            foreach (var diagnostic in named)
            {
                if (JsonParams.TryGetString(JsonParams.Member(diagnostic, "code"), out var id)) codes.Add(id);
            }
        }
        var engineText = current.Text.EngineText;
        var actions = new JsonArray();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in current.Result.Diagnostics)
        {
            if (diagnostic.Span.EndOffset < start || diagnostic.Span.StartOffset > end) continue;
            if (codes.Count > 0 && !codes.Contains(diagnostic.Id)) continue;
            bool preferred = true;
            foreach (var fix in CodeFixes.For(engineText, current.Result, diagnostic, _checks.Catalogs))
            {
                if (!titles.Add(fix.Title)) continue;
                var edits = new JsonArray();
                foreach (var edit in fix.Edits)
                {
                    edits.Add(new JsonObject { ["range"] = current.Text.Range(edit.Start + shift, edit.End + shift), ["newText"] = edit.NewText });
                }
                actions.Add(new JsonObject
                {
                    ["title"] = fix.Title,
                    ["kind"] = "quickfix",
                    ["diagnostics"] = new JsonArray(DiagnosticPublisher.ToLsp(current, diagnostic)),
                    ["isPreferred"] = preferred && !fix.IsSuppression,
                    ["edit"] = new JsonObject { ["changes"] = new JsonObject { [document.Uri] = edits } },
                });
                preferred &= fix.IsSuppression;
            }
        }
        return actions;
    }

    public JsonNode? Hover(OpenDocument document, JsonNode parameters)
    {
        var current = document.Current(_checks.Check);
        int shift = current.EngineOffsetShift;
        int offset = current.Text.Offset(JsonParams.Member(parameters, "position")) - shift;
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
        int shift = text.EngineOffsetShift;
        int offset = text.Offset(JsonParams.Member(parameters, "position"));
        var context = CursorContext.At(text.EngineText, offset - shift);
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
