using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>The quick fixes of the engine: what every surface (language server, <c>upgrade-guard fix</c>) offers and applies.</summary>
public static partial class CodeFixes
{
    /// <summary>
    /// One instance of every rule fix of the engine, in rule id order. The classes are discovered when Core compiles
    /// (the source generator in src/UpgradeGuard.Generators writes <c>DiscoveredFixes</c>): none is listed by hand.
    /// </summary>
    internal static IReadOnlyList<RuleFix> RuleFixes { get; } = DiscoveredFixes()
        .OrderBy(fix => fix.RuleId, StringComparer.Ordinal).ThenBy(fix => fix.GetType().Name, StringComparer.Ordinal).ToList();

    /// <summary>The ids of the rules that have a fix of their own (every rule but UG1001 also has the suppression fix).</summary>
    public static IReadOnlyCollection<string> FixableRuleIds { get; } = RuleFixes.Select(f => f.RuleId).Distinct().ToList();

    /// <summary>
    /// Every fix offered for <paramref name="diagnostic"/>, one of <paramref name="result"/>'s: the rule's own fix(es)
    /// when it has one, then the suppression fix "Disable UGxxxx on this line". The edits index the text the engine
    /// read (<see cref="AnalysisResult.Text"/>, without a BOM); <paramref name="catalogs"/> are the catalogs it was
    /// analyzed with.
    /// </summary>
    public static IReadOnlyList<CodeFix> For(AnalysisResult result, Diagnostic diagnostic, CatalogSet catalogs)
    {
        var fixes = new List<CodeFix>();
        if (result.Text is not { } text) return fixes; // not UTF-8: nothing was read
        if (diagnostic.Span.EndOffset > text.Length) return fixes; // not a diagnostic of this text
        if (result.IsManifest && result.Manifest is { } manifest)
        {
            var context = new FixContext(text, manifest, result.Plan, diagnostic, catalogs);
            foreach (var fix in RuleFixes.Where(f => f.RuleId == diagnostic.Id))
            {
                fixes.AddRange(fix.Offer(context));
            }
        }
        var root = result.Manifest?.Root ?? YamlTreeReader.Read(text).Root;
        if (DisableOnLineFix.For(text, root, diagnostic) is { } suppression) fixes.Add(suppression);
        // The edits are computed from positions; YAML has corners they do not foresee (a tab in a blank line that new
        // lines now sit above, for one). A fix that would leave the file unreadable is not offered.
        return root is null ? fixes : fixes.Where(fix => YamlTreeReader.Read(Apply(text, fix.Edits)).IsValid).ToList();
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="edits"/> applied. The edits must not overlap (nor two of them
    /// start at the same offset); they are applied from the end of the text backwards, so each one's offsets are those
    /// of the original text.
    /// </summary>
    /// <exception cref="ArgumentException">Two edits overlap, or an edit lies outside the text.</exception>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var sorted = edits.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
        for (int i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].End > text.Length) throw new ArgumentException($"the edit {sorted[i]} lies outside the text ({text.Length} characters)", nameof(edits));
            if (i > 0 && sorted[i].ConflictsWith(sorted[i - 1])) throw new ArgumentException($"the edits {sorted[i - 1]} and {sorted[i]} overlap", nameof(edits));
        }
        var builder = new StringBuilder(text);
        for (int i = sorted.Count - 1; i >= 0; i--)
        {
            var edit = sorted[i];
            builder.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.NewText);
        }
        return builder.ToString();
    }
}
