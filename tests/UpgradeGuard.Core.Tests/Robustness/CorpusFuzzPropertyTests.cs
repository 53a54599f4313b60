using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using UpgradeGuard.Tests.Fuzzing;

namespace UpgradeGuard.Core.Tests.Robustness;

/// <summary>
/// The fuzzing campaign (build/fuzz, docs/reliability.md) in small: mutated manifests of the corpus (testdata ok/ and
/// err/, samples/) keep every promise of <see cref="FuzzOracle"/>: check never throws nor ends in UG0001, fix leaves a
/// file that parses, keeps every comment line and has nothing left to fix, plan never throws. A fixed part (the first
/// cases of the campaign's seed: a failure names its case, which <c>build/fuzz/run.sh --start N --count 1</c> replays)
/// and a short random part (CsCheck prints the seed of a failure). Iteration counts, not time, bound both.
/// </summary>
public sealed class CorpusFuzzPropertyTests
{
    /// <summary>The campaign's default seed.</summary>
    public const ulong Seed = 20261201;

    /// <summary>UPGRADEGUARD_FUZZ_SCALE (e.g. 100) for a long local run, as in <see cref="EnginePropertyTests"/>.</summary>
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("UPGRADEGUARD_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    private static readonly FuzzCorpus Corpus = FuzzCorpus.Load(RepositoryPaths.Root);

    private static readonly UpgradeGuardEngine Engine = new UpgradeGuardEngine();

    [Fact]
    public void The_corpus_holds_the_ok_and_err_test_data_and_the_samples()
    {
        var names = Corpus.Files.Select(f => f.Name).ToList();
        Assert.Contains(names, n => n.StartsWith("tests/UpgradeGuard.Core.Tests/testdata/ok/", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("tests/UpgradeGuard.Core.Tests/testdata/err/", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("samples/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_cases_of_the_campaign_seed_keep_every_promise()
    {
        var failures = new List<string>();
        for (long index = 0; index < 800 * Scale; index++)
        {
            var c = Corpus.Fixed(Seed, index);
            foreach (var finding in FuzzOracle.Check(Engine, Corpus.Bytes(c)))
            {
                failures.Add($"case {index} ({Corpus.Files[c.File].Name}, {c}): {finding.Kind}: {finding.Detail.Split('\n')[0]}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} broken promises:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Random_cases_keep_every_promise()
    {
        Corpus.Cases.Sample(c =>
        {
            var findings = FuzzOracle.Check(Engine, Corpus.Bytes(c)).ToList();
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }, iter: 400 * Scale, print: c => $"{Corpus.Files[c.File].Name}, {c}:\n{EngineInvariants.Excerpt(Corpus.Text(c))}");
    }

    [Fact]
    public void The_cases_of_a_seed_are_the_same_every_time_and_every_mutation_kind_is_drawn()
    {
        var first = Enumerable.Range(0, 300).Select(i => Corpus.Fixed(Seed, i).ToString()).ToList();
        var again = Enumerable.Range(0, 300).Select(i => Corpus.Fixed(Seed, i).ToString()).ToList();
        Assert.Equal(first, again);
        Assert.NotEqual(first, Enumerable.Range(0, 300).Select(i => Corpus.Fixed(Seed + 1, i).ToString()));
        var kinds = Enumerable.Range(0, 300).SelectMany(i => Corpus.Fixed(Seed, i).Mutations).Select(m => m.Kind).Distinct().Count();
        Assert.Equal(ManifestMutator.KindCount, kinds);
    }

    /// <summary>Every kind of mutation changes a manifest for some numbers, and applies to any text without throwing.</summary>
    [Fact]
    public void Every_mutation_kind_changes_a_manifest_and_is_total()
    {
        var manifest = Corpus.Files.First(f => f.Name.EndsWith("ok/embedded-three-nodes-full-path.upgrade.yaml", StringComparison.Ordinal)).Text;
        foreach (MutationKind kind in Enum.GetValues(typeof(MutationKind)))
        {
            var outputs = Enumerable.Range(0, 40).Select(n => Corpus.Mutator.Apply(manifest, new Mutation(kind, n * 7919 + 3, n * 31 + 1))).ToList();
            Assert.True(outputs.Any(o => o != manifest), $"{kind} never changed the manifest");
            foreach (var text in new[] { "", "\n", "a", "- x", "\r\r", "\uD800" })
            {
                Corpus.Mutator.Apply(text, new Mutation(kind, 5, 11));
                Corpus.Mutator.Apply(text, new Mutation(kind, int.MaxValue, -1));
            }
        }
    }
}
