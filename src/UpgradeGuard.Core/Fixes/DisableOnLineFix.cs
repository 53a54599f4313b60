using System.Linq;
using System.Text.RegularExpressions;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// The suppression every rule offers: <c># upgrade-guard: disable-line UGxxxx</c> at the end of the diagnostic's
/// line, or the id added to the <c>disable-line</c> directive already there.
/// </summary>
internal static class DisableOnLineFix
{
    public static string Title(string id) => $"Disable {id} on this line";

    /// <summary>
    /// Null when the finding cannot be suppressed (UG1001, the internal error), when the line ends inside a scalar
    /// (a comment there would become text), or when the line holds another kind of directive, which reads to the end
    /// of the line and so would swallow a second one.
    /// </summary>
    public static CodeFix? For(string text, YamlNode? root, Diagnostic diagnostic)
    {
        string id = diagnostic.Id;
        if (id == RuleIds.InvalidYaml || id == RuleIds.InternalError || id == RuleIds.InvalidSuppression || id == RuleIds.UnusedSuppression) return null;
        var lines = new SourceLines(text);
        int lineStart = lines.LineStart(diagnostic.Span.StartOffset);
        int lineEnd = lines.LineEnd(diagnostic.Span.StartOffset);
        var onLine = Suppressions.DirectiveComments(text, root)
            .Where(c => c.Offset >= lineStart && c.Offset < lineEnd)
            .Select(c => (c.Offset, Match: Suppressions.Directive.Match(c.Text)))
            .Where(c => c.Match.Success)
            .ToList();
        if (onLine.Count > 1) return null;
        if (onLine.Count == 1)
        {
            var (hash, match) = onLine[0];
            if (match.Groups["kind"].Value != "disable-line") return null;
            var ids = match.Groups["ids"];
            var lastId = Suppressions.Id.Matches(ids.Value).Cast<Match>().LastOrDefault();
            if (lastId is null) return null; // a directive without ids already covers every rule
            int after = hash + 1 + ids.Index + lastId.Index + lastId.Length;
            return Suppression(id, TextEdit.Insert(after, ", " + id));
        }
        if (Suppressions.InsideScalar(Suppressions.ScalarSpans(root), lineEnd)) return null;
        int end = lines.ContentEnd(diagnostic.Span.StartOffset);
        string gap = end > lineStart ? "  " : "";
        return Suppression(id, TextEdit.Insert(end, $"{gap}# {Suppressions.Marker} disable-line {id}"));
    }

    private static CodeFix Suppression(string id, TextEdit edit) => new CodeFix(Title(id), id, true, new[] { edit });
}
