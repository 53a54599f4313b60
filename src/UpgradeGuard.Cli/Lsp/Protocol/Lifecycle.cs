using System.Collections.Generic;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>The answer to <c>initialize</c>.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

/// <summary>
/// What the server can do. Each handler contributes its part (<see cref="Handlers.ILspHandler.Contribute"/>); what no
/// handler sets stays null and is not written.
/// </summary>
public sealed record ServerCapabilities
{
    public string? PositionEncoding { get; init; }
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public bool? HoverProvider { get; init; }
    public CompletionOptions? CompletionProvider { get; init; }
}

public static class PositionEncodingKind
{
    public const string Utf16 = "utf-16";
}

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record TextDocumentSyncOptions
{
    public bool? OpenClose { get; init; }
    public TextDocumentSyncKind? Change { get; init; }
    public SaveOptions? Save { get; init; }
}

public sealed record SaveOptions(bool IncludeText);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);
