using System.Collections.Generic;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>Values of <see cref="CodeAction.Kind"/>.</summary>
public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

public sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

public sealed record Hover(MarkupContent Contents, Range Range);

public enum CompletionItemKind
{
    Text = 1,
    Method = 2,
    Function = 3,
    Constructor = 4,
    Field = 5,
    Variable = 6,
    Class = 7,
    Interface = 8,
    Module = 9,
    Property = 10,
    Unit = 11,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    Color = 16,
    File = 17,
    Reference = 18,
    Folder = 19,
    EnumMember = 20,
    Constant = 21,
    Struct = 22,
    Event = 23,
    Operator = 24,
    TypeParameter = 25,
}

public sealed record CompletionItem(string Label, CompletionItemKind Kind, string? Detail, TextEdit TextEdit);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
