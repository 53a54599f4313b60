using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;

namespace UpgradeGuard.Tests.Fuzzing;

/// <summary>A corpus manifest, the mutations applied to it, and how its bytes are written.</summary>
public sealed record FuzzCase(int File, Mutation[] Mutations, ByteForm Form, int FormPlace)
{
    public override string ToString() => $"file #{File}, {string.Join(" ", Mutations)}, {Form}({FormPlace})";
}

/// <summary>One manifest of the corpus the fuzzers start from.</summary>
public sealed record CorpusFile(string Name, string Text);

/// <summary>
/// The fuzzing corpus (the engine's ok/ and err/ test data and the samples) and the cases made from it: with CsCheck
/// generators, either random (<see cref="Cases"/> in Check.Sample) or the n-th case of a fixed seed
/// (<see cref="Fixed"/>), which the campaign in build/fuzz and the property tests share.
/// </summary>
public sealed class FuzzCorpus
{
    public FuzzCorpus(IReadOnlyList<CorpusFile> files)
    {
        if (files.Count == 0) throw new ArgumentException("the fuzzing corpus is empty", nameof(files));
        Files = files;
        Mutator = new ManifestMutator(files.Select(f => f.Text));
        var mutation = Gen.Select(Gen.Int[0, ManifestMutator.KindCount - 1], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000])
            .Select((kind, a, b) => new Mutation((MutationKind)kind, a, b));
        // Mostly plain UTF-8 so the engine gets past decoding; one case in fifteen damages or re-encodes the bytes.
        var form = Gen.Frequency((14, Gen.Const(ByteForm.Utf8)), (1, Gen.Int[1, ManifestMutator.ByteFormCount - 1].Select(f => (ByteForm)f)));
        Cases = Gen.Select(Gen.Int[0, files.Count - 1], mutation.Array[1, 6], form, Gen.Int[0, 1_000_000])
            .Select((file, mutations, f, place) => new FuzzCase(file, mutations, f, place));
    }

    /// <summary>testdata/ok, testdata/err and every manifest under samples/, in ordinal order of their paths.</summary>
    public static FuzzCorpus Load(string repositoryRoot)
    {
        var testData = Path.Combine(repositoryRoot, "tests", "UpgradeGuard.Core.Tests", "testdata");
        var folders = new[] { Path.Combine(testData, "ok"), Path.Combine(testData, "err"), Path.Combine(repositoryRoot, "samples") };
        var files = folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.upgrade.y*ml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new CorpusFile(path, System.IO.File.ReadAllText(Path.Combine(repositoryRoot, path))))
            .ToList();
        return new FuzzCorpus(files);
    }

    public IReadOnlyList<CorpusFile> Files { get; }
    public ManifestMutator Mutator { get; }
    public Gen<FuzzCase> Cases { get; }

    /// <summary>The <paramref name="index"/>-th case of <paramref name="seed"/>: the same numbers give the same case.</summary>
    public FuzzCase Fixed(ulong seed, long index) => Cases.Generate(new PCG(1, Mix(seed ^ (ulong)index * 0x9E3779B97F4A7C15UL)), null, out _);

    public string Text(FuzzCase c) => Mutator.Apply(Files[c.File].Text, c.Mutations);

    public byte[] Bytes(FuzzCase c) => ManifestMutator.ToBytes(Text(c), c.Form, c.FormPlace);

    /// <summary>SplitMix64's finalizer: neighbouring indexes give unrelated seeds.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
