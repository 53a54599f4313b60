using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Fixes;
using TextEdit = UpgradeGuard.Cli.Lsp.Protocol.TextEdit;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: the quick fixes for the diagnostics in the requested range (only those the client
/// names, when it names any): each rule's fix, then "disable on this line". Edits come from the engine and keep the
/// rest of the file as it is.
/// </summary>
internal sealed class CodeActionHandler : RequestHandler
{
    private readonly LspSession _session;

    public CodeActionHandler(LspSession session) => _session = session;

    public override string Method => "textDocument/codeAction";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) =>
        capabilities with { CodeActionProvider = new CodeActionOptions(new[] { CodeActionKind.QuickFix }) };

    public override LspResponse Handle(JsonNode? parameters)
    {
        var request = CodeActionParams.Read(parameters);
        var document = _session.Document(request.TextDocument);
        var current = document.Current(_session.Checks.Check);
        int start = current.Text.EngineOffset(request.Range.Start);
        int end = current.Text.EngineOffset(request.Range.End);
        var codes = new HashSet<string>(request.OnlyCodes, StringComparer.Ordinal);
        var actions = new List<CodeAction>();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in current.Result.Diagnostics)
        {
            if (diagnostic.Span.EndOffset < start || diagnostic.Span.StartOffset > end) continue;
            if (codes.Count > 0 && !codes.Contains(diagnostic.Id)) continue;
            bool preferred = true;
            foreach (var fix in CodeFixes.For(current.Result, diagnostic, _session.Checks.Catalogs))
            {
                if (!titles.Add(fix.Title)) continue;
                var edits = new List<TextEdit>();
                foreach (var edit in fix.Edits) edits.Add(new TextEdit(current.Text.EngineRange(edit.Start, edit.End), edit.NewText));
                var changes = new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [document.Uri] = edits };
                actions.Add(new CodeAction(fix.Title, CodeActionKind.QuickFix, new[] { DiagnosticPublisher.ToLsp(current, diagnostic) }, preferred && !fix.IsSuppression, new WorkspaceEdit(changes)));
                preferred &= fix.IsSuppression;
            }
        }
        return LspResponse.Of(actions.ToArray(), LspJsonContext.Default.CodeActionArray);
    }
}
