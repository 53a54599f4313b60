using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Tests.Robustness;
using static UpgradeGuard.Core.Tests.Fixes.FixHarness;

namespace UpgradeGuard.Core.Tests.Fixes;

/// <summary>
/// Whatever the manifest, offering fixes never throws, every offered fix applies, a rule fix never breaks the YAML
/// nor drops a comment line, and <see cref="FixAll"/> keeps the same promises.
/// </summary>
public sealed class FixPropertyTests
{
    /// <summary>As in <see cref="EnginePropertyTests"/>: UPGRADEGUARD_FUZZ_SCALE (e.g. 100) for a long local run.</summary>
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("UPGRADEGUARD_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    private static readonly IReadOnlyList<string> Corpus =
        EngineInvariants.ManifestFiles("ok").Concat(EngineInvariants.ManifestFiles("err")).Select(File.ReadAllText).ToList();

    [Fact]
    public void Every_corpus_file_and_its_crlf_copy_keep_the_promises()
    {
        foreach (var text in Corpus)
        {
            CheckEveryFix(text);
            CheckEveryFix(text.Replace("\n", "\r\n"));
        }
    }

    [Fact]
    public void Mutated_corpus_files_keep_the_promises()
    {
        var mutation = Gen.Select(Gen.Int[0, 10], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]);
        Gen.Select(Gen.Int[0, Corpus.Count - 1], mutation.Array[1, 4])
            .Sample(input => CheckEveryFix(EnginePropertyTests.Mutate(Corpus[input.Item1], input.Item2)),
                iter: 400 * Scale, print: input => EnginePropertyTests.Mutate(Corpus[input.Item1], input.Item2));
    }

    private static void CheckEveryFix(string text)
    {
        var result = Analyze(text);
        bool parsed = FixAll.IsFixable(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            foreach (var fix in CodeFixes.For(result, diagnostic, SharedEngine.Catalogs))
            {
                Assert.Equal(diagnostic.Id, fix.RuleId);
                var fixedText = CodeFixes.Apply(text, fix.Edits);
                if (fix.IsSuppression || !parsed) continue;
                var after = Analyze(fixedText);
                Assert.True(FixAll.IsFixable(after), $"{fix} broke the file:\n{Visible(text)}\n---- into:\n{Visible(fixedText)}");
                Assert.Equal(CommentLines(text), CommentLines(fixedText).Where(CommentLines(text).Contains));
            }
        }
        var all = FixAll.Run(SharedEngine, "plan.upgrade.yaml", text);
        if (!parsed)
        {
            Assert.Equal(text, all.Text);
            return;
        }
        Assert.True(FixAll.IsFixable(all.Final), all.Text);
        Assert.Equal(CommentLines(text).Count, CommentLines(all.Text).Count);
    }

    /// <summary>The text with control and non-ASCII characters as \\uXXXX, so a failure shows what the mutation wrote.</summary>
    private static string Visible(string text) =>
        string.Concat(text.Select(c => c == '\n' || (c >= ' ' && c < 0x7F) ? c.ToString() : $"\\u{(int)c:X4}"));

    /// <summary>Lines as YAML (and <see cref="Text.LineMap"/>) break them: a lone CR ends a line too.</summary>
    private static List<string> CommentLines(string text)
    {
        var lines = new Text.LineMap(text);
        return Enumerable.Range(1, lines.LineCount).Select(lines.LineText).Where(l => l.TrimStart().StartsWith('#')).ToList();
    }
}
