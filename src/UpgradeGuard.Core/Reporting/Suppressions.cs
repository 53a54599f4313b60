using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Reporting;

/// <summary>
/// Suppression comments: <c># upgrade-guard: disable-line UG5001 -- reason</c>, <c>disable-next-line</c> and
/// <c>disable-file</c>. Several ids may be separated by commas or spaces; no id means every rule.
/// </summary>
public sealed class Suppressions
{
    public const string Marker = "upgrade-guard:";

    internal static readonly Regex Directive = new Regex(
        @"^\s*upgrade-guard:\s*(?<kind>disable-next-line|disable-line|disable-file)\b(?<ids>.*?)(?:--(?<reason>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    internal static readonly Regex Id = new Regex(@"UG[0-9]{4}", RegexOptions.CultureInvariant);

    // Line -> the ids disabled there (null: every rule).
    private readonly Dictionary<int, HashSet<string>?> _lines = new Dictionary<int, HashSet<string>?>();
    private HashSet<string>? _fileIds;
    private bool _fileAll;
    // Every directive in file order, with its reason: which comment applies to a finding (see Find).
    private readonly List<(int Line, HashSet<string>? Ids, AppliedSuppression Comment)> _directives = new List<(int, HashSet<string>?, AppliedSuppression)>();

    public static readonly Suppressions None = new Suppressions();

    public bool IsEmpty => _lines.Count == 0 && _fileIds is null && !_fileAll;

    /// <summary>Reads the suppression comments of a text that parsed to <paramref name="root"/>.</summary>
    public static Suppressions Read(string text, YamlNode? root)
    {
        if (text.IndexOf(Marker, StringComparison.Ordinal) < 0) return None;
        var result = new Suppressions();
        var lines = new Text.LineMap(text);
        foreach (var (offset, comment) in DirectiveComments(text, root))
        {
            var match = Directive.Match(comment);
            if (!match.Success) continue;
            var ids = Id.Matches(match.Groups["ids"].Value).Cast<Match>().Select(m => m.Value).ToList();
            HashSet<string>? set = ids.Count == 0 ? null : new HashSet<string>(ids, StringComparer.Ordinal);
            int line = lines.GetPosition(offset).Line;
            result.Remember(match, line, set);
            switch (match.Groups["kind"].Value)
            {
                case "disable-line":
                    result.Disable(line, set);
                    break;
                case "disable-next-line":
                    result.Disable(line + 1, set);
                    break;
                default:
                    if (set is null) result._fileAll = true;
                    else (result._fileIds ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(set);
                    break;
            }
        }
        return result;
    }

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

    private void Disable(int line, HashSet<string>? ids)
    {
        if (_lines.TryGetValue(line, out var existing))
        {
            if (existing is null) return;
            if (ids is null) _lines[line] = null;
            else existing.UnionWith(ids);
        }
        else
        {
            _lines[line] = ids;
        }
    }

    private void Remember(Match match, int line, HashSet<string>? ids)
    {
        var kind = match.Groups["kind"].Value;
        var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value : null;
        int target = kind == "disable-next-line" ? line + 1 : kind == "disable-line" ? line : 0;
        _directives.Add((target, ids, new AppliedSuppression(kind, line, reason)));
    }

    /// <summary>
    /// The comment that suppresses a finding of <paramref name="id"/> starting on <paramref name="line"/>, with its
    /// reason, or null. A comment on the finding's own line (or the one before) wins over a <c>disable-file</c>; among
    /// equals, the first in the file.
    /// </summary>
    public AppliedSuppression? Find(string id, int line)
    {
        if (!IsSuppressed(id, line)) return null;
        AppliedSuppression? fileWide = null;
        foreach (var (target, ids, comment) in _directives)
        {
            if (ids != null && !ids.Contains(id)) continue;
            if (target == line) return comment;
            if (target == 0) fileWide ??= comment;
        }
        return fileWide;
    }

    /// <summary>Whether a finding of <paramref name="id"/> starting on <paramref name="line"/> is suppressed.</summary>
    public bool IsSuppressed(string id, int line)
    {
        if (_fileAll || (_fileIds != null && _fileIds.Contains(id))) return true;
        return _lines.TryGetValue(line, out var ids) && (ids is null || ids.Contains(id));
    }
}
