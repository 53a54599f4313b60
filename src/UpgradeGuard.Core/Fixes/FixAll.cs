using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Fixes;

/// <summary>What <see cref="FixAll.Run"/> did to one file.</summary>
public sealed class FixAllResult
{
    public FixAllResult(string text, IReadOnlyList<CodeFix> applied, AnalysisResult final, int passes)
    {
        Text = text;
        Applied = applied;
        Final = final;
        Passes = passes;
    }

    /// <summary>The fixed text (the input when nothing applied), with the input's line breaks and leading BOM (if any).</summary>
    public string Text { get; }
    /// <summary>The fixes applied, pass after pass, each pass in diagnostic order.</summary>
    public IReadOnlyList<CodeFix> Applied { get; }
    /// <summary>The analysis of <see cref="Text"/>.</summary>
    public AnalysisResult Final { get; }
    /// <summary>How many passes applied fixes.</summary>
    public int Passes { get; }
    public bool Changed => Applied.Count > 0;
}

/// <summary>
/// Applies every rule fix (never a suppression) until no diagnostic has one: each pass analyzes the text, takes the
/// first rule fix of each diagnostic in order unless it touches an edit already taken, and applies them together; the
/// next pass sees the result, so fixes that met at one place are reconsidered against the new text.
/// </summary>
public static class FixAll
{
    public const int DefaultMaxPasses = 10;

    /// <summary>
    /// Fixes <paramref name="text"/>. A file that does not parse (UG1001) or is not an upgrade plan is returned
    /// unchanged, as are files whose diagnostics have no rule fix and text that starts with two BOMs.
    /// </summary>
    public static FixAllResult Run(UpgradeGuardEngine engine, string filePath, string text, AnalysisOptions? options = null, int maxPasses = DefaultMaxPasses)
    {
        // The engine reads past a leading BOM (its offsets count without it) and the fixes edit what it read: the BOM
        // stays in front of the edited text.
        string bom = text.Substring(0, ByteOrderMark.Length(text));
        var applied = new List<CodeFix>();
        var result = engine.Analyze(filePath, text, options);
        // A second BOM is read past by YAML too, whose positions then do not count it: no edit could be placed right.
        if (ByteOrderMark.Length(ByteOrderMark.Strip(text)) > 0) return new FixAllResult(text, applied, result, 0);
        int passes = 0;
        while (passes < maxPasses && IsFixable(result))
        {
            var taken = new List<CodeFix>();
            foreach (var diagnostic in result.Diagnostics.Where(d => CodeFixes.FixableRuleIds.Contains(d.Id)))
            {
                var fix = CodeFixes.For(result, diagnostic, engine.Catalogs)
                    .FirstOrDefault(f => !f.IsSuppression && !taken.Any(t => Touch(t, f)));
                if (fix != null) taken.Add(fix);
            }
            if (taken.Count == 0) break;
            var fixedText = bom + CodeFixes.Apply(text.Substring(bom.Length), taken.SelectMany(f => f.Edits));
            if (fixedText == text) break;
            text = fixedText;
            applied.AddRange(taken);
            passes++;
            result = engine.Analyze(filePath, text, options);
        }
        return new FixAllResult(text, applied, result, passes);
    }

    /// <summary>A manifest that parsed: the only kind of file fixes may touch.</summary>
    public static bool IsFixable(AnalysisResult result) =>
        result.IsManifest && result.Manifest != null && !result.Diagnostics.Any(d => d.Id == Diagnostics.RuleIds.InvalidYaml);

    private static bool Touch(CodeFix a, CodeFix b) => a.Edits.Any(x => b.Edits.Any(x.ConflictsWith));
}
