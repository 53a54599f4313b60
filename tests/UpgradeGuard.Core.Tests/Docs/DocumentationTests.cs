using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Tests.Corpus;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Docs;

/// <summary>Keeps docs/rules in step with the rules and runs every page's examples (the generated tables: <see cref="InventoryTests"/>).</summary>
public sealed class DocumentationTests
{
    private static string RulesDir => Path.Combine(TestData.RepositoryRoot, "docs", "rules");

    /// <summary>Every id a manifest can get (the descriptors, the reader's and the binder's included), UG0001 aside: it is no rule.</summary>
    public static IEnumerable<object[]> RuleIdsData() =>
        RuleRegistry.Descriptors.Where(d => d.Id != RuleIds.InternalError).Select(d => new object[] { d.Id });

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Every_rule_has_a_doc_page_with_its_title_and_severity(string id)
    {
        var rule = RuleRegistry.Find(id)!;
        var path = Path.Combine(RulesDir, id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: {rule.Title}", text);
        Assert.Contains($"| Severity | {Capitalized(rule.DefaultSeverity.ToString())} |", text);
        Assert.Contains($"| Category | {rule.Category} |", text);
    }

    [Fact]
    public void Every_doc_page_names_a_rule()
    {
        var known = RuleRegistry.Descriptors.Select(d => d.Id).ToHashSet();
        var orphans = Directory.EnumerateFiles(RulesDir, "UG*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => !known.Contains(id!))
            .ToList();
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Bad_example_reports_the_rule_and_good_example_does_not(string id)
    {
        if (id == RuleIds.InvalidYaml || id == RuleIds.NotAnUpgradePlan) return; // their examples are not manifests to check as such
        var text = File.ReadAllText(Path.Combine(RulesDir, id + ".md"));
        var bad = Block(text, "### Bad");
        var good = Block(text, "### Good");
        Assert.False(bad is null, $"{id}.md has no Bad yaml example");
        Assert.False(good is null, $"{id}.md has no Good yaml example");
        var engine = new UpgradeGuardEngine();
        var badIds = engine.Analyze(id + "-bad.upgrade.yaml", bad!).Diagnostics.Select(d => d.Id).ToList();
        Assert.Contains(id, badIds);
        var marked = MarkedLine(bad!, id);
        if (marked > 0)
        {
            var lines = engine.Analyze(id + "-bad.upgrade.yaml", bad!).Diagnostics.Where(d => d.Id == id).Select(d => d.Span.StartLine);
            Assert.Contains(marked, lines);
        }
        var goodDiagnostics = engine.Analyze(id + "-good.upgrade.yaml", good!).Diagnostics.Select(CorpusTests.Format).ToList();
        Assert.Empty(goodDiagnostics);
    }

    private static string? Block(string markdown, string heading)
    {
        int at = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        if (at < 0) return null;
        var match = Regex.Match(markdown.Substring(at), "```yaml\n(?<body>.*?)```", RegexOptions.Singleline);
        return match.Success ? match.Groups["body"].Value : null;
    }

    private static int MarkedLine(string yaml, string id)
    {
        var lines = yaml.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains("# <- " + id)) return i + 1;
        }
        return 0;
    }

    private static string Capitalized(string s) => s.Substring(0, 1).ToUpperInvariant() + s.Substring(1).ToLowerInvariant();
}
