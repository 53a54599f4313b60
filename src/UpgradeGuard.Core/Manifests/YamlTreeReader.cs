using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UpgradeGuard.Core.Manifests;

/// <summary>
/// Reads YAML into a positioned tree of <see cref="YamlNode"/>s, iteratively (no recursion, so any nesting
/// depth is safe) and without expanding aliases (so alias bombs cost nothing).
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 256;

    private sealed class Frame
    {
        public Frame(bool isMapping, Mark start, string? anchor)
        {
            IsMapping = isMapping;
            Start = start;
            Anchor = anchor;
        }

        public bool IsMapping { get; }
        public Mark Start { get; }
        public string? Anchor { get; }
        public List<YamlNode> Items { get; } = new List<YamlNode>();
    }

    public static YamlDocumentResult Read(string text)
    {
        var lastGood = new Mark[1];
        var yamlText = Yaml11LineBreaks.Hide(text, out var breaks);
        if (yamlText is null)
        {
            int at = text.IndexOfAny(new[] { '\u0085', '\u2028', '\u2029' });
            return new YamlDocumentResult(null, new SourceSpan(1, 1, 1, 1, at, at + 1), $"the file uses every private-use character and U+{(int)text[at]:X4}, which cannot be read consistently; remove U+{(int)text[at]:X4}");
        }
        try
        {
            return ReadCore(yamlText, lastGood, breaks);
        }
        catch (YamlException ex)
        {
            return Error(ex.Start, ex.End, breaks.Restore(CleanMessage(ex.Message)));
        }
        catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is FormatException || ex is OverflowException || ex is IndexOutOfRangeException || ex is NullReferenceException)
        {
            // YamlDotNet fails with a non-YAML exception on some broken input (an unclosed '[' or '{', for one):
            // still a syntax error, reported after the last part that parsed, never a crash.
            var at = lastGood[0];
            return Error(at, at, "the YAML is incomplete after this point (an unclosed '[', '{' or quote?)");
        }
    }

    private static YamlDocumentResult ReadCore(string text, Mark[] lastGood, Yaml11LineBreaks breaks)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        int documents = 0;

        while (parser.MoveNext())
        {
            ParsingEvent current = parser.Current!;
            lastGood[0] = current.End;
            YamlNode? completed = null;
            switch (current)
            {
                case DocumentStart start:
                    documents++;
                    if (documents > 1)
                    {
                        return Error(start.Start, start.End, "a manifest file holds one YAML document; a second document starts here");
                    }
                    break;
                case Scalar scalar:
                    completed = new YamlScalar(breaks.Restore(scalar.Value), scalar.Style == ScalarStyle.Plain, ToSpan(scalar.Start, scalar.End));
                    Register(anchors, scalar.Anchor, completed);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        return Error(alias.Start, alias.End, $"the alias '*{breaks.Restore(alias.Value.Value)}' refers to no anchor defined before it");
                    }
                    // A scalar alias takes the alias's position so findings point where the user wrote it.
                    completed = target is YamlScalar s ? new YamlScalar(s.Value, s.IsPlain, ToSpan(alias.Start, alias.End)) : target;
                    break;
                case SequenceStart seq:
                    if (stack.Count >= MaxDepth) return Error(seq.Start, seq.End, $"the YAML nests deeper than {MaxDepth} levels");
                    stack.Push(new Frame(false, seq.Start, seq.Anchor.IsEmpty ? null : seq.Anchor.Value));
                    break;
                case MappingStart map:
                    if (stack.Count >= MaxDepth) return Error(map.Start, map.End, $"the YAML nests deeper than {MaxDepth} levels");
                    stack.Push(new Frame(true, map.Start, map.Anchor.IsEmpty ? null : map.Anchor.Value));
                    break;
                case SequenceEnd seqEnd:
                {
                    var frame = stack.Pop();
                    completed = new YamlSequence(frame.Items, ToSpan(frame.Start, seqEnd.End));
                    if (frame.Anchor != null) anchors[frame.Anchor] = completed;
                    break;
                }
                case MappingEnd mapEnd:
                {
                    var frame = stack.Pop();
                    var entries = new List<YamlEntry>(frame.Items.Count / 2);
                    for (int i = 0; i + 1 < frame.Items.Count; i += 2)
                    {
                        entries.Add(new YamlEntry(frame.Items[i], frame.Items[i + 1]));
                    }
                    entries = ApplyMergeKeys(entries);
                    // A block mapping's end mark lies on the next token; end it at its last value instead.
                    var end = frame.Items.Count > 0 ? frame.Items[frame.Items.Count - 1].Span : ToSpan(frame.Start, mapEnd.End);
                    var startSpan = ToSpan(frame.Start, frame.Start);
                    completed = new YamlMapping(entries, mapEnd.Start.Index == mapEnd.End.Index ? SourceSpan.Cover(startSpan, end) : ToSpan(frame.Start, mapEnd.End));
                    if (frame.Anchor != null) anchors[frame.Anchor] = completed;
                    break;
                }
            }

            if (completed != null)
            {
                if (stack.Count == 0) root = completed;
                else stack.Peek().Items.Add(completed);
            }
        }

        return new YamlDocumentResult(root, null, null);
    }

    /// <summary>
    /// YAML merge keys (<c>&lt;&lt;: *defaults</c>, or a list of aliases): the merged mapping's entries join this one
    /// unless it already has the key. Merged entries keep the positions where they were written.
    /// </summary>
    private static List<YamlEntry> ApplyMergeKeys(List<YamlEntry> entries)
    {
        if (!entries.Exists(IsMergeKey)) return entries;
        var own = entries.Where(e => !IsMergeKey(e)).ToList();
        var keys = new HashSet<string>(own.Select(e => e.KeyText).Where(k => k != null)!, StringComparer.Ordinal);
        foreach (var merge in entries.Where(IsMergeKey))
        {
            var sources = merge.Value is YamlSequence seq ? seq.Items : new[] { merge.Value };
            if (sources.Any(src => src is not YamlMapping))
            {
                own.Add(merge); // not a mapping to merge: the binder reports the key as it stands
                continue;
            }
            foreach (var source in sources.Cast<YamlMapping>())
            {
                foreach (var entry in source.Entries)
                {
                    if (entry.KeyText is { } key && keys.Add(key)) own.Add(entry);
                }
            }
        }
        return own;
    }

    private static bool IsMergeKey(YamlEntry entry) => entry.Key is YamlScalar { IsPlain: true, Value: "<<" };

    private static void Register(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty) anchors[anchor.Value] = node;
    }

    private static YamlDocumentResult Error(Mark start, Mark end, string message)
    {
        return new YamlDocumentResult(null, ToSpan(start, end), message);
    }

    internal static SourceSpan ToSpan(Mark start, Mark end)
    {
        if (end.Index < start.Index) end = start;
        // A default mark (nothing parsed yet) has line 0: positions are 1-based everywhere.
        return new SourceSpan(Math.Max(1, (int)start.Line), Math.Max(1, (int)start.Column), Math.Max(1, (int)end.Line), Math.Max(1, (int)end.Column),
            Math.Max(0, (int)start.Index), Math.Max(0, (int)end.Index));
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        int idx = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && idx > 0) message = message.Substring(idx + 3);
        return message.TrimEnd('.');
    }
}
