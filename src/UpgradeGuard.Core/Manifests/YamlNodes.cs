using System.Collections.Generic;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Manifests;

/// <summary>A YAML node with its exact position. Aliases resolve to the anchored node by reference.</summary>
public abstract class YamlNode
{
    protected YamlNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>A word for messages: "a scalar", "a mapping", "a list".</summary>
    public abstract string KindName { get; }
}

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, SourceSpan span) : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The text as written (quotes removed, escapes resolved).</summary>
    public string Value { get; }
    public bool IsPlain { get; }
    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
    public override string KindName => IsNull ? "an empty value" : "a scalar";
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span) : base(span) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }
    public override string KindName => "a list";
}

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<YamlEntry> entries, SourceSpan span) : base(span) => Entries = entries;

    public IReadOnlyList<YamlEntry> Entries { get; }
    public override string KindName => "a mapping";
    /// <summary>The first key, else the mapping itself: where a missing top-level key is reported.</summary>
    public SourceSpan FirstKeySpan => Entries.Count > 0 ? Entries[0].Key.Span : Span;
}

public sealed class YamlEntry
{
    public YamlEntry(YamlNode key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlNode Key { get; }
    public YamlNode Value { get; }
    /// <summary>The key's text when it is a scalar, else null.</summary>
    public string? KeyText => (Key as YamlScalar)?.Value;
    /// <summary>From the key's start to the value's end.</summary>
    public SourceSpan Span => SourceSpan.Cover(Key.Span, Value.Span.EndOffset >= Key.Span.EndOffset ? Value.Span : Key.Span);
}

/// <summary>The result of reading one file: a root node, or a syntax error with its position.</summary>
public sealed class YamlDocumentResult
{
    public YamlDocumentResult(YamlNode? root, SourceSpan? errorSpan, string? error)
    {
        Root = root;
        ErrorSpan = errorSpan;
        Error = error;
    }

    public YamlNode? Root { get; }
    public SourceSpan? ErrorSpan { get; }
    public string? Error { get; }
    public bool IsValid => Error is null;
}
