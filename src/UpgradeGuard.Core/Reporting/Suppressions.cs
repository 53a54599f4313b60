using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Reporting;

/// <summary>
/// Suppression comments: <c># upgrade-guard: disable-line UG5001 -- reason</c>, <c>disable-next-line</c> and
/// <c>disable-file</c>. Several ids may be separated by commas or spaces, and free text may follow them; no text at
/// all means every rule. A comment that cannot be read (an unknown directive, text but no id, an id that is no rule)
/// is a UG0002 finding (<see cref="Problems"/>); each directive records what it suppressed, for UG0003.
/// </summary>
public sealed class Suppressions
{
    public const string Marker = "upgrade-guard:";

    internal static readonly Regex Directive = new Regex(
        @"^\s*upgrade-guard:\s*(?<kind>disable-next-line|disable-line|disable-file)\b(?<ids>.*?)(?:--(?<reason>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    internal static readonly Regex Id = new Regex(@"UG[0-9]{4}", RegexOptions.CultureInvariant);

    // Any directive-shaped comment: the word after the marker, whatever it is.
    private static readonly Regex AnyDirective = new Regex(@"^\s*upgrade-guard:\s*(?<kind>[^\s,]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    // A word of the id list that is meant as a rule id: "UG" then letters or digits (UG5001, UG50001, ug5001, UG500x).
    private static readonly Regex IdLike = new Regex(@"(?<![\w-])UG[0-9]\w*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly string[] Kinds = { "disable-line", "disable-next-line", "disable-file" };

    private readonly List<SuppressionDirective> _directives = new List<SuppressionDirective>();
    private readonly List<Finding> _problems = new List<Finding>();

    public static readonly Suppressions None = new Suppressions();

    public bool IsEmpty => _directives.Count == 0 && _problems.Count == 0;

    /// <summary>The directives read, in file order.</summary>
    public IReadOnlyList<SuppressionDirective> Directives => _directives;

    /// <summary>UG0002 findings: the comments that could not be read (each is otherwise ignored).</summary>
    public IReadOnlyList<Finding> Problems => _problems;

    /// <summary>Reads the suppression comments of a text that parsed to <paramref name="root"/>.</summary>
    public static Suppressions Read(string text, YamlNode? root)
    {
        if (text.IndexOf(Marker, StringComparison.Ordinal) < 0) return None;
        var result = new Suppressions();
        var lines = new Text.LineMap(text);
        foreach (var (offset, comment) in DirectiveComments(text, root))
        {
            var span = lines.Span(offset, offset + 1 + comment.TrimEnd().Length);
            var match = Directive.Match(comment);
            if (!match.Success)
            {
                var kind = AnyDirective.Match(comment).Groups["kind"].Value;
                result.Problem(span, kind.Length == 0
                    ? $"'# {Marker}' names no directive; write {KindList} and the rule ids, e.g. '# {Marker} disable-line UG5001 -- reason'"
                    : $"unknown suppression directive '{kind}'{NearestKind(kind)}; use {KindList}: this comment suppresses nothing");
                continue;
            }
            var kindName = match.Groups["kind"].Value;
            var idText = match.Groups["ids"].Value;
            var ids = new List<string>();
            var unknown = new List<string>();
            foreach (Match word in IdLike.Matches(idText))
            {
                var id = word.Value.ToUpperInvariant();
                if (Rules.RuleRegistry.Find(id) is null) unknown.Add(word.Value);
                else if (!ids.Contains(id)) ids.Add(id);
            }
            if (unknown.Count > 0)
            {
                var nearest = unknown.Count == 1 ? Rules.RuleRegistry.NearestId(unknown[0]) : null;
                result.Problem(span, $"{Quoted(unknown)} {(unknown.Count == 1 ? "is" : "are")} not {(unknown.Count == 1 ? "a rule id" : "rule ids")}{(nearest is null ? "" : $" (did you mean {nearest}?)")}; " +
                    "rule ids are UG and four digits, as 'upgrade-guard rules' lists them" + (ids.Count > 0 ? $"; only {string.Join(", ", ids)} {(ids.Count == 1 ? "is" : "are")} suppressed here" : ": this comment suppresses nothing"));
                if (ids.Count == 0) continue;
            }
            else if (ids.Count == 0 && idText.Trim().Length > 0)
            {
                result.Problem(span, $"'{kindName}' is followed by '{idText.Trim()}' but no rule id, so it suppresses nothing; name the rules (e.g. '{kindName} UG5001') and put the reason after '--'");
                continue;
            }
            int line = lines.GetPosition(offset).Line;
            var directiveKind = kindName == "disable-line" ? SuppressionKind.Line : kindName == "disable-next-line" ? SuppressionKind.NextLine : SuppressionKind.File;
            int target = directiveKind == SuppressionKind.NextLine ? line + 1 : line;
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value : null;
            result._directives.Add(new SuppressionDirective(directiveKind, kindName, target, ids.Count == 0 ? null : ids, span, reason));
        }
        return result;
    }

    private static string KindList => "'disable-line', 'disable-next-line' or 'disable-file'";

    private static string NearestKind(string kind)
    {
        var nearest = Suggestions.Nearest(kind, Kinds);
        return nearest is null ? "" : $" (did you mean '{nearest}'?)";
    }

    private static string Quoted(List<string> words) => string.Join(", ", words.Select(w => "'" + w + "'"));

    private void Problem(Text.SourceSpan span, string message) =>
        _problems.Add(new Finding(Rules.Tool.InvalidSuppressionRule.Descriptor, span, message));

    /// <summary>
    /// The comments that hold the marker, with the offset of their '#'. In YAML a '#' starts a comment when it starts
    /// a line or follows white space, outside every scalar; the parsed tree gives the scalars' spans, so no second
    /// scan of the text is needed (and a '#' inside a quoted or block scalar is never taken for a comment).
    /// </summary>
    internal static IEnumerable<(int Offset, string Text)> DirectiveComments(string text, YamlNode? root)
    {
        var scalars = ScalarSpans(root);
        for (int at = text.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
        {
            int hash = at - 1;
            while (hash >= 0 && (text[hash] == ' ' || text[hash] == '\t')) hash--;
            if (hash < 0 || text[hash] != '#') continue;
            if (hash > 0 && !(text[hash - 1] == ' ' || text[hash - 1] == '\t' || Text.LineMap.IsLineBreak(text[hash - 1]))) continue;
            if (InsideScalar(scalars, hash)) continue;
            int end = at;
            while (end < text.Length && !Text.LineMap.IsLineBreak(text[end])) end++;
            yield return (hash, text.Substring(hash + 1, end - hash - 1));
        }
    }

    internal static List<(int Start, int End)> ScalarSpans(YamlNode? root)
    {
        var spans = new List<(int, int)>();
        if (root is null) return spans;
        var seen = new HashSet<YamlNode>();
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node)) continue; // aliases share nodes: visit each once
            switch (node)
            {
                case YamlScalar scalar:
                    spans.Add((scalar.Span.StartOffset, scalar.Span.EndOffset));
                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items) pending.Push(item);
                    break;
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        pending.Push(entry.Key);
                        pending.Push(entry.Value);
                    }
                    break;
            }
        }
        spans.Sort();
        return spans;
    }

    internal static bool InsideScalar(List<(int Start, int End)> spans, int offset)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (spans[mid].End <= offset) lo = mid + 1;
            else if (spans[mid].Start > offset) hi = mid - 1;
            else return true;
        }
        return false;
    }

    /// <summary>Whether a finding of <paramref name="id"/> starting on <paramref name="line"/> is suppressed (nothing is recorded).</summary>
    public bool IsSuppressed(string id, int line)
    {
        foreach (var directive in _directives)
        {
            if (directive.Covers(id, line)) return true;
        }
        return false;
    }

    /// <summary>
    /// The comment that suppresses a finding of <paramref name="id"/> starting on <paramref name="line"/>, with its
    /// reason, or null. A comment on the finding's own line (or the one before) wins over a <c>disable-file</c>; among
    /// equals, the first in the file. Nothing is recorded.
    /// </summary>
    public AppliedSuppression? Find(string id, int line)
    {
        SuppressionDirective? fileWide = null;
        foreach (var directive in _directives)
        {
            if (!directive.Covers(id, line)) continue;
            if (directive.Kind != SuppressionKind.File) return directive.Applied;
            fileWide ??= directive;
        }
        return fileWide?.Applied;
    }

    /// <summary>
    /// Whether a finding of <paramref name="id"/> on <paramref name="line"/> is suppressed; every directive that covers
    /// it records the use (a finding covered twice, by a line and a file directive, uses both).
    /// </summary>
    public bool Suppress(string id, int line)
    {
        bool suppressed = false;
        foreach (var directive in _directives)
        {
            if (!directive.Covers(id, line)) continue;
            directive.MarkUsed(id);
            suppressed = true;
        }
        return suppressed;
    }
}

public enum SuppressionKind
{
    Line,
    NextLine,
    File,
}

/// <summary>One <c># upgrade-guard: disable-...</c> comment that could be read, and what it has suppressed so far.</summary>
public sealed class SuppressionDirective
{
    private readonly HashSet<string> _used = new HashSet<string>(StringComparer.Ordinal);

    public SuppressionDirective(SuppressionKind kind, string kindName, int targetLine, IReadOnlyList<string>? ids, Text.SourceSpan commentSpan, string? reason = null)
    {
        Kind = kind;
        KindName = kindName;
        TargetLine = targetLine;
        Ids = ids;
        CommentSpan = commentSpan;
        Applied = new AppliedSuppression(kindName, commentSpan.StartLine, reason);
    }

    public SuppressionKind Kind { get; }
    /// <summary>As written: disable-line, disable-next-line or disable-file.</summary>
    public string KindName { get; }
    /// <summary>The line it applies to (not used by disable-file).</summary>
    public int TargetLine { get; }
    /// <summary>The rule ids named, upper-case, in order; null: every rule.</summary>
    public IReadOnlyList<string>? Ids { get; }
    /// <summary>The comment, from its '#' to its last non-blank character.</summary>
    public Text.SourceSpan CommentSpan { get; }
    /// <summary>What a finding this comment suppresses is marked with: the directive, its line and the reason after '--'.</summary>
    public AppliedSuppression Applied { get; }

    public bool Covers(string id, int line) =>
        (Kind == SuppressionKind.File || line == TargetLine) && (Ids is null || Ids.Contains(id));

    internal void MarkUsed(string id) => _used.Add(id);

    /// <summary>Whether any finding was suppressed by this directive.</summary>
    public bool WasUsed => _used.Count > 0;

    /// <summary>The ids named that suppressed nothing, in the order written.</summary>
    public IEnumerable<string> UnusedIds => Ids is null ? Enumerable.Empty<string>() : Ids.Where(id => !_used.Contains(id));
}
