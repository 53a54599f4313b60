using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Fixing;

/// <summary>
/// Every err/ case of the corpus with a finding that has a fix: <c>fix --write</c> on a copy keeps every comment line,
/// in order, and <c>check</c> then no longer reports the fixed rules.
/// </summary>
public sealed class FixRoundTripTests
{
    private static readonly string[] FixedRules = { "UG2001", "UG4001", "UG4003", "UG4005", "UG5002" };
    private static readonly Regex UnknownKeyWithSuggestion = new Regex(@": error UG1002: unknown .*did you mean '");

    /// <summary>Cases with a fixable rule's id whose finding has no fix, and why.</summary>
    private static readonly Dictionary<string, string> NoFix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ug2007-no-path.upgrade.yaml"] = "UG4001 without steps and without a supported path: there is no runbook to write",
    };

    public static IEnumerable<object[]> FixableCases() =>
        Directory.EnumerateFiles(RepositoryPaths.ErrTestData, "*.expected")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Where(p => FixedRulesIn(File.ReadAllLines(p)).Any())
            .Select(p => new object[] { Path.GetFileName(p)[..^".expected".Length] + ".upgrade.yaml" });

    [Theory]
    [MemberData(nameof(FixableCases))]
    public void Fix_write_keeps_the_comments_and_clears_the_fixed_rules(string name)
    {
        using var workspace = new TestWorkspace();
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.ErrTestData, name));
        workspace.Write(name, original);
        var expected = File.ReadAllLines(Path.Combine(RepositoryPaths.ErrTestData, name[..^".upgrade.yaml".Length] + ".expected"));

        var fix = workspace.Run("fix", "--write", name);

        Assert.True(fix.ExitCode == ExitCodes.Success, fix.ToString());
        var fixedText = workspace.Read(name);
        Assert.Equal(CommentLines(original), CommentLines(fixedText).Where(CommentLines(original).Contains));
        Assert.Equal(CommentLines(original).Count, CommentLines(fixedText).Count);
        var check = workspace.Run("check", name);
        if (NoFix.ContainsKey(name))
        {
            Assert.Equal(original, fixedText);
            return;
        }
        Assert.NotEqual(original, fixedText);
        foreach (var id in FixedRulesIn(expected))
        {
            Assert.False(check.Output.Contains($" {id}: ", StringComparison.Ordinal), $"{id} is still reported after fix --write:\n{fixedText}\n{check}");
        }
    }

    [Fact]
    public void The_corpus_has_a_case_for_every_fix()
    {
        var covered = FixableCases().Select(c => (string)c[0])
            .SelectMany(name => FixedRulesIn(File.ReadAllLines(Path.Combine(RepositoryPaths.ErrTestData, name[..^".upgrade.yaml".Length] + ".expected"))))
            .ToHashSet();
        Assert.Equal(FixedRules.Append("UG1002").OrderBy(id => id), covered.OrderBy(id => id));
    }

    private static IEnumerable<string> FixedRulesIn(IEnumerable<string> expectedLines)
    {
        var lines = expectedLines.ToList();
        foreach (var id in FixedRules)
        {
            if (lines.Any(l => l.Contains($" {id}: ", StringComparison.Ordinal))) yield return id;
        }
        if (lines.Any(UnknownKeyWithSuggestion.IsMatch)) yield return "UG1002";
    }

    private static List<string> CommentLines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.TrimStart().StartsWith('#')).ToList();
}
