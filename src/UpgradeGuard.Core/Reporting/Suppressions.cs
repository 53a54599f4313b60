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

    private static readonly Regex Directive = new Regex(
        @"^\s*upgrade-guard:\s*(?<kind>disable-next-line|disable-line|disable-file)\b(?<ids>.*?)(?:--(?<reason>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Id = new Regex(@"UG[0-9]{4}", RegexOptions.CultureInvariant);

    // Line -> the ids disabled there (null: every rule).
    private readonly Dictionary<int, HashSet<string>?> _lines = new Dictionary<int, HashSet<string>?>();
    private HashSet<string>? _fileIds;
    private bool _fileAll;

    public static readonly Suppressions None = new Suppressions();

    public bool IsEmpty => _lines.Count == 0 && _fileIds is null && !_fileAll;

    /// <summary>Reads the suppression comments of a text (the scanner is only asked when the marker occurs).</summary>
    public static Suppressions Read(string text)
    {
        if (text.IndexOf(Marker, StringComparison.Ordinal) < 0) return None;
        var result = new Suppressions();
        var lines = new Text.LineMap(text);
        foreach (var comment in YamlTreeReader.ReadComments(text))
        {
            int line = lines.GetPosition(comment.Span.StartOffset).Line;
            var match = Directive.Match(comment.Text);
            if (!match.Success) continue;
            var ids = Id.Matches(match.Groups["ids"].Value).Cast<Match>().Select(m => m.Value).ToList();
            HashSet<string>? set = ids.Count == 0 ? null : new HashSet<string>(ids, StringComparer.Ordinal);
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

    /// <summary>Whether a finding of <paramref name="id"/> starting on <paramref name="line"/> is suppressed.</summary>
    public bool IsSuppressed(string id, int line)
    {
        if (_fileAll || (_fileIds != null && _fileIds.Contains(id))) return true;
        return _lines.TryGetValue(line, out var ids) && (ids is null || ids.Contains(id));
    }
}
