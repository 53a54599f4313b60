using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Corpus;

/// <summary>
/// The data-driven corpus, actionlint style: every <c>ok/</c> manifest checks clean; every <c>err/</c> manifest
/// produces exactly the lines of its <c>.expected</c> file (<c>line:col-endLine:endCol: severity ID: message</c>),
/// and the <c># expect: LINE:COL ID</c> comments its author wrote by hand agree with them.
/// Set UPGRADEGUARD_UPDATE_EXPECTED=1 to rewrite the .expected files from the engine (then review the diff).
/// </summary>
public sealed class CorpusTests
{
    private static readonly UpgradeGuardEngine Engine = new UpgradeGuardEngine();
    private static readonly Regex ExpectComment = new Regex(@"^#\s*expect:\s*(?<line>\d+):(?<col>\d+)\s+(?<id>UG\d{4})\s*$", RegexOptions.Multiline);

    public static IEnumerable<object[]> OkCases() => Cases("ok");
    public static IEnumerable<object[]> ErrCases() => Cases("err");

    private static IEnumerable<object[]> Cases(string folder) =>
        Directory.EnumerateFiles(Path.Combine(TestData.OutputRoot, folder), "*.upgrade.y*ml")
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(OkCases))]
    public void Ok_manifest_has_no_diagnostics(string name)
    {
        var result = Analyze("ok", name);
        Assert.True(result.IsManifest, $"{name} should be read as a manifest");
        Assert.Empty(result.Diagnostics.Select(Format));
    }

    [Theory]
    [MemberData(nameof(ErrCases))]
    public void Err_manifest_matches_expected(string name)
    {
        var result = Analyze("err", name);
        var actual = result.Diagnostics.Select(Format).ToList();
        var expectedPath = Path.Combine(TestData.OutputRoot, "err", ExpectedName(name));
        if (Environment.GetEnvironmentVariable("UPGRADEGUARD_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllLines(Path.Combine(TestData.SourceRoot, "err", ExpectedName(name)), actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing {ExpectedName(name)}; run with UPGRADEGUARD_UPDATE_EXPECTED=1 and review it");
        var expected = File.ReadAllLines(expectedPath).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
        Assert.NotEmpty(actual);
    }

    [Theory]
    [MemberData(nameof(ErrCases))]
    public void Err_manifest_agrees_with_hand_written_expectations(string name)
    {
        var text = File.ReadAllText(Path.Combine(TestData.OutputRoot, "err", name));
        var handWritten = ExpectComment.Matches(text).Cast<Match>()
            .Select(m => $"{m.Groups["line"].Value}:{m.Groups["col"].Value} {m.Groups["id"].Value}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(handWritten);
        var actual = Analyze("err", name).Diagnostics
            .Select(d => $"{d.Span.StartLine}:{d.Span.StartColumn} {d.Id}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(handWritten, actual);
    }

    [Fact]
    public void Every_rule_has_an_err_case()
    {
        var covered = Directory.EnumerateFiles(Path.Combine(TestData.OutputRoot, "err"), "*.expected")
            .SelectMany(File.ReadAllLines)
            .Select(l => Regex.Match(l, @"\b(UG\d{4}):").Groups[1].Value)
            .ToHashSet();
        var missing = Rules.RuleRegistry.Descriptors.Where(d => d != Rules.RuleRegistry.InternalError).Select(d => d.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_expected_file_has_its_manifest()
    {
        var err = Path.Combine(TestData.OutputRoot, "err");
        var orphans = Directory.EnumerateFiles(err, "*.expected")
            .Where(e => !File.Exists(Path.Combine(err, Path.GetFileNameWithoutExtension(e) + ".upgrade.yaml")) &&
                        !File.Exists(Path.Combine(err, Path.GetFileNameWithoutExtension(e) + ".upgrade.yml")))
            .Select(Path.GetFileName).ToList();
        Assert.Empty(orphans);
    }

    internal static string ExpectedName(string manifestName)
    {
        var stem = manifestName.EndsWith(".upgrade.yaml", StringComparison.Ordinal)
            ? manifestName.Substring(0, manifestName.Length - ".upgrade.yaml".Length)
            : manifestName.Substring(0, manifestName.Length - ".upgrade.yml".Length);
        return stem + ".expected";
    }

    internal static AnalysisResult Analyze(string folder, string name)
    {
        var path = Path.Combine(TestData.OutputRoot, folder, name);
        return Engine.Analyze(name, File.ReadAllBytes(path));
    }

    internal static string Format(Diagnostic d) =>
        $"{d.Span.StartLine}:{d.Span.StartColumn}-{d.Span.EndLine}:{d.Span.EndColumn}: {d.Severity.ToDisplay()} {d.Id}: {d.Message}";
}
