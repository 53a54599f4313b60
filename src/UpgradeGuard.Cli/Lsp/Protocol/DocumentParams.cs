using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Protocol;

// Parameters the server receives. They are read from the message's JsonNode by hand (JsonParams), not deserialized:
// System.Text.Json's deserializer replaces a lone surrogate in a string (half an emoji an editor sends while the user
// types it), and it throws on a member of the wrong JSON type where the server answers -32602 with the member's name,
// or ignores a member that is only informative (a version that is not a number).

public sealed record TextDocumentIdentifier(string Uri)
{
    public static TextDocumentIdentifier Read(JsonNode? node) => new(Params.RequiredString(JsonParams.Member(node, "uri"), "textDocument.uri"));
}

public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version)
{
    public static VersionedTextDocumentIdentifier Read(JsonNode? node) =>
        new(Params.RequiredString(JsonParams.Member(node, "uri"), "textDocument.uri"), Params.OptionalInt(JsonParams.Member(node, "version")));
}

public sealed record TextDocumentItem(string Uri, int Version, string Text)
{
    public static TextDocumentItem Read(JsonNode? node)
    {
        var item = node ?? throw new InvalidParamsException("'textDocument' is required");
        var uri = Params.RequiredString(JsonParams.Member(item, "uri"), "textDocument.uri");
        int version = Params.OptionalInt(JsonParams.Member(item, "version")) ?? 0;
        return new TextDocumentItem(uri, version, Params.RequiredString(JsonParams.Member(item, "text"), "textDocument.text"));
    }
}

/// <summary><c>textDocument/didOpen</c>.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument)
{
    public static DidOpenTextDocumentParams Read(JsonNode? node) => new(TextDocumentItem.Read(JsonParams.Member(node, "textDocument")));
}

/// <summary>One change: a range replaced by text, or (no range) the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text)
{
    public static TextDocumentContentChangeEvent Read(JsonNode? node)
    {
        var text = Params.RequiredString(JsonParams.Member(node, "text"), "contentChanges[].text");
        var range = JsonParams.Member(node, "range");
        return new TextDocumentContentChangeEvent(range is null ? null : Range.Read(range, "contentChanges[].range"), text);
    }
}

/// <summary><c>textDocument/didChange</c>.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges)
{
    public static DidChangeTextDocumentParams Read(JsonNode? node)
    {
        var document = VersionedTextDocumentIdentifier.Read(JsonParams.Member(node, "textDocument"));
        var changes = JsonParams.Member(node, "contentChanges") as JsonArray ?? throw new InvalidParamsException("didChange needs 'contentChanges' (a list)");
        var read = new List<TextDocumentContentChangeEvent>(changes.Count);
        foreach (var change in changes) read.Add(TextDocumentContentChangeEvent.Read(change));
        return new DidChangeTextDocumentParams(document, read);
    }
}

/// <summary><c>textDocument/didSave</c> and <c>textDocument/didClose</c>: the document only.</summary>
public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument)
{
    public static TextDocumentParams Read(JsonNode? node) => new(TextDocumentIdentifier.Read(JsonParams.Member(node, "textDocument")));
}

/// <summary><c>textDocument/hover</c> and <c>textDocument/completion</c>.</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position)
{
    public static TextDocumentPositionParams Read(JsonNode? node) =>
        new(TextDocumentIdentifier.Read(JsonParams.Member(node, "textDocument")), Position.Read(JsonParams.Member(node, "position")));
}

/// <summary><c>textDocument/codeAction</c>. Of the context's diagnostics only the string codes are read (a diagnostic that is not usable is left out).</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, IReadOnlyList<string> OnlyCodes)
{
    public static CodeActionParams Read(JsonNode? node)
    {
        var document = TextDocumentIdentifier.Read(JsonParams.Member(node, "textDocument"));
        var range = JsonParams.Member(node, "range") is JsonObject rangeNode ? Range.Read(rangeNode, "range") : throw new InvalidParamsException("codeAction needs a 'range'");
        var codes = new List<string>();
        if (JsonParams.Member(JsonParams.Member(node, "context"), "diagnostics") is JsonArray named)
        {
            foreach (var diagnostic in named)
            {
                if (JsonParams.TryGetString(JsonParams.Member(diagnostic, "code"), out var id)) codes.Add(id);
            }
        }
        return new CodeActionParams(document, range, codes);
    }
}

/// <summary>Reading helpers shared by the parameter records.</summary>
internal static class Params
{
    public static string RequiredString(JsonNode? node, string name) =>
        JsonParams.TryGetString(node, out var text) ? text : throw new InvalidParamsException($"'{name}' must be a string");

    public static int? OptionalInt(JsonNode? node) => JsonParams.TryGetInt(node, out var number) ? number : null;
}
