namespace UpgradeGuard.Core.Editing;

public enum CompletionKind
{
    Key,
    Value,
    Version,
}

/// <summary>One completion: the text to insert at <see cref="CursorContext.WordStart"/>, and what it is.</summary>
public sealed class CompletionItem
{
    public CompletionItem(string label, string insertText, CompletionKind kind, string? detail = null)
    {
        Label = label;
        InsertText = insertText;
        Kind = kind;
        Detail = detail;
    }

    public string Label { get; }
    public string InsertText { get; }
    public CompletionKind Kind { get; }
    public string? Detail { get; }
}
