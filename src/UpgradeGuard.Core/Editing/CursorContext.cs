using System;
using System.Collections.Generic;
using System.Linq;

namespace UpgradeGuard.Core.Editing;

/// <summary>
/// Where the cursor is in a manifest, read from indentation alone, so half-typed YAML still has a context: the dotted
/// path of the mapping it is in, whether a key or a value is being typed, and the step it is in.
/// </summary>
public sealed class CursorContext
{
    private CursorContext(string path, string? key, string? stepAction, bool isNewListItem, IReadOnlyCollection<string> siblingKeys, int wordStart)
    {
        Path = path;
        Key = key;
        StepAction = stepAction;
        IsNewListItem = isNewListItem;
        SiblingKeys = siblingKeys;
        WordStart = wordStart;
    }

    /// <summary>The dotted path of the mapping the cursor is in ("" at the top; "upgrade.steps" inside a step).</summary>
    public string Path { get; }
    /// <summary>The key whose value is being typed; null when a key is being typed.</summary>
    public string? Key { get; }
    /// <summary>Inside a step: its action key (null on a new, empty list item).</summary>
    public string? StepAction { get; }
    /// <summary>A new item of a list ("- " typed): a step's action key is expected.</summary>
    public bool IsNewListItem { get; }
    /// <summary>The keys already written in the mapping the cursor is in.</summary>
    public IReadOnlyCollection<string> SiblingKeys { get; }
    /// <summary>The offset where the word under the cursor starts (what a completion replaces).</summary>
    public int WordStart { get; }

    public static CursorContext At(string text, int offset)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        int lineStart = LineStart(text, offset);
        var prefix = text.Substring(lineStart, offset - lineStart);
        int indent = prefix.Length - prefix.TrimStart(' ').Length;
        var content = prefix.Substring(indent);
        bool isItem = content.StartsWith("-", StringComparison.Ordinal) && (content.Length == 1 || content[1] == ' ');
        int contentIndent = indent;
        if (isItem)
        {
            var afterDash = content.Substring(1);
            contentIndent = indent + 1 + (afterDash.Length - afterDash.TrimStart(' ').Length);
            content = afterDash.TrimStart(' ');
        }

        string? key = null;
        int colon = KeyColon(content);
        int wordStart;
        if (colon >= 0)
        {
            key = content.Substring(0, colon).Trim().Trim('"', '\'');
            var value = content.Substring(colon + 1);
            var valueText = value.TrimStart(' ');
            var flowStart = Math.Max(valueText.LastIndexOf('['), valueText.LastIndexOf(','));
            wordStart = offset - (flowStart >= 0 ? valueText.Length - flowStart - 1 - (valueText.Substring(flowStart + 1).Length - valueText.Substring(flowStart + 1).TrimStart(' ').Length) : valueText.Length);
            if (valueText.StartsWith("\"", StringComparison.Ordinal) || valueText.StartsWith("'", StringComparison.Ordinal)) wordStart = Math.Max(wordStart, offset - valueText.Length + 1);
        }
        else
        {
            wordStart = offset - content.Length;
        }

        // Walk up: a line indented less than the cursor's level opens the mapping or list item the cursor is in; lines
        // at the cursor's key column before that are its siblings.
        var path = new List<string>();
        string? stepAction = isItem && colon >= 0 ? key : null;
        int level = isItem ? indent : contentIndent;
        bool collectingSiblings = true;
        var siblings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lineIndent, lineContent) in LinesAbove(text, lineStart))
        {
            var (lineIsItem, lineKeyIndent, lineKey, lineHasValue) = Parse(lineIndent, lineContent);
            if (!isItem && stepAction is null && path.Count == 0 && collectingSiblings && lineIsItem && lineKeyIndent == contentIndent)
            {
                // The first line of the list item the cursor continues: its first key is the step's action.
                if (lineKey != null) siblings.Add(lineKey);
                stepAction = lineKey;
                collectingSiblings = false;
                level = lineIndent;
                continue;
            }
            if (lineIndent >= level)
            {
                if (collectingSiblings && !lineIsItem && lineIndent == contentIndent && lineKey != null) siblings.Add(lineKey);
                continue;
            }
            collectingSiblings = false;
            if (lineKey != null && !lineHasValue && !lineIsItem)
            {
                path.Insert(0, lineKey);
                level = lineIndent;
                if (lineIndent == 0) break;
            }
            else if (lineIsItem)
            {
                level = lineIndent;
            }
            else
            {
                break;
            }
        }
        return new CursorContext(string.Join(".", path), key, stepAction, isItem && colon < 0, siblings, wordStart);
    }

    private static (bool IsItem, int KeyIndent, string? Key, bool HasValue) Parse(int indent, string content)
    {
        bool isItem = content.StartsWith("- ", StringComparison.Ordinal) || content == "-";
        int keyIndent = indent;
        if (isItem)
        {
            var rest = content.Substring(1);
            keyIndent = indent + 1 + (rest.Length - rest.TrimStart(' ').Length);
            content = rest.TrimStart(' ');
        }
        int colon = KeyColon(content);
        if (colon < 0) return (isItem, keyIndent, null, false);
        var value = content.Substring(colon + 1).Trim();
        bool hasValue = value.Length > 0 && !value.StartsWith("#", StringComparison.Ordinal);
        return (isItem, keyIndent, content.Substring(0, colon).Trim().Trim('"', '\''), hasValue);
    }

    /// <summary>The colon that ends a plain key (followed by a space or the end), or -1.</summary>
    private static int KeyColon(string content)
    {
        if (content.StartsWith("#", StringComparison.Ordinal)) return -1;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c == '#' && i > 0 && content[i - 1] == ' ') return -1;
            if (c == '[' || c == '{' || c == '"' || c == '\'') return -1;
            if (c == ':' && (i + 1 == content.Length || content[i + 1] == ' ')) return i;
        }
        return -1;
    }

    private static int LineStart(string text, int offset)
    {
        int i = offset;
        while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r') i--;
        return i;
    }

    /// <summary>The non-blank, non-comment lines above <paramref name="lineStart"/>, nearest first: indentation and content.</summary>
    private static IEnumerable<(int Indent, string Content)> LinesAbove(string text, int lineStart)
    {
        int end = lineStart;
        while (end > 0)
        {
            int lineEnd = end - 1;
            if (lineEnd > 0 && text[lineEnd] == '\n' && text[lineEnd - 1] == '\r') lineEnd--;
            int start = LineStart(text, lineEnd);
            var line = text.Substring(start, lineEnd - start);
            end = start;
            var trimmed = line.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal) || trimmed.StartsWith("---", StringComparison.Ordinal)) continue;
            yield return (line.Length - trimmed.Length, trimmed.TrimEnd());
        }
    }
}
