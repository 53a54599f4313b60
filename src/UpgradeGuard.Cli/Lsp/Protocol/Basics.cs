using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>A zero-based line and UTF-16 character.</summary>
public sealed record Position(int Line, int Character)
{
    /// <summary>Reads a <c>Position</c> parameter: integer <c>line</c> and <c>character</c>, else invalid params.</summary>
    public static Position Read(JsonNode? node)
    {
        if (!JsonParams.TryGetInt(JsonParams.Member(node, "line"), out var line) || !JsonParams.TryGetInt(JsonParams.Member(node, "character"), out var character))
        {
            throw new InvalidParamsException("a position needs integer 'line' and 'character'");
        }
        return new Position(line, character);
    }
}

/// <summary>A range; the end is exclusive.</summary>
public sealed record Range(Position Start, Position End)
{
    /// <summary>Reads a <c>Range</c> parameter; <paramref name="name"/> names it in the error.</summary>
    public static Range Read(JsonNode? node, string name)
    {
        if (node is not JsonObject) throw new InvalidParamsException($"'{name}' must be a range");
        return new Range(Position.Read(JsonParams.Member(node, "start")), Position.Read(JsonParams.Member(node, "end")));
    }
}

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI (<c>changes</c>, which every client supports).</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>Values of <see cref="MarkupContent.Kind"/>.</summary>
public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

public sealed record MarkupContent(string Kind, string Value);
