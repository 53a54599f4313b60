using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace UpgradeGuard.Tests.Shared;

/// <summary>Folders of this repository, found upward from the test assembly (compiled into each test project).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The engine's corpus: ok/ and err/ manifests.</summary>
    public static string TestData => Path.Combine(Root, "tests", "UpgradeGuard.Core.Tests", "testdata");

    public static string ErrTestData => Path.Combine(TestData, "err");

    /// <summary>Every manifest of the corpus, relative to <see cref="TestData"/> with '/', in ordinal order.</summary>
    public static IReadOnlyList<string> CorpusFiles() =>
        Directory.EnumerateFiles(TestData, "*.upgrade.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestData, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "src", "UpgradeGuard.Core", "UpgradeGuard.Core.csproj"))) return directory.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
