using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Fixes;

/// <summary>Analyzes a text, picks a diagnostic, and applies the fix the engine offers for it.</summary>
internal static class FixHarness
{
    public static readonly UpgradeGuardEngine SharedEngine = new UpgradeGuardEngine();

    public static AnalysisResult Analyze(string text) => SharedEngine.Analyze("plan.upgrade.yaml", text);

    public static Diagnostic Diagnostic(string text, string id, int occurrence = 0)
    {
        var matching = Analyze(text).Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count > occurrence, $"expected {id} (#{occurrence}) in:\n{text}\ngot: {string.Join(", ", Analyze(text).Diagnostics.Select(d => d.Id))}");
        return matching[occurrence];
    }

    /// <summary>Every fix offered for the <paramref name="occurrence"/>th <paramref name="id"/> diagnostic.</summary>
    public static IReadOnlyList<CodeFix> Offered(string text, string id, int occurrence = 0)
    {
        var result = Analyze(text);
        return CodeFixes.For(result, Diagnostic(text, id, occurrence), SharedEngine.Catalogs);
    }

    /// <summary>The rule's own fix (exactly one), applied.</summary>
    public static string ApplyRuleFix(string text, string id, int occurrence = 0)
    {
        var fix = Assert.Single(Offered(text, id, occurrence), f => !f.IsSuppression);
        Assert.Equal(id, fix.RuleId);
        return CodeFixes.Apply(text, fix.Edits);
    }

    public static CodeFix Suppression(string text, string id, int occurrence = 0) =>
        Assert.Single(Offered(text, id, occurrence), f => f.IsSuppression);

    public static IEnumerable<string> Ids(string text) => Analyze(text).Diagnostics.Select(d => d.Id);

    public static void AssertNoDiagnostic(string text, string id) =>
        Assert.DoesNotContain(id, Ids(text));

    public static string Crlf(string text) => text.Replace("\n", "\r\n");
}
