using System;
using System.IO;

namespace UpgradeGuard.Build.Tests.Infrastructure;

/// <summary>Folders of this repository, found upward from the test assembly.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestData => Path.Combine(Root, "tests", "UpgradeGuard.Core.Tests", "testdata");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "src", "UpgradeGuard.Core", "UpgradeGuard.Core.csproj"))) return directory.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
