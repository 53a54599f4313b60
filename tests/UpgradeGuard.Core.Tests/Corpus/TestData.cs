using System;
using System.IO;

namespace UpgradeGuard.Core.Tests.Corpus;

/// <summary>Locates the testdata folder: the copy next to the test assembly, and the source copy for updates.</summary>
public static class TestData
{
    public static string OutputRoot => Path.Combine(AppContext.BaseDirectory, "testdata");

    /// <summary>The source folder (tests/UpgradeGuard.Core.Tests/testdata), found upward from the test assembly.</summary>
    public static string SourceRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "UpgradeGuard.Core.Tests", "testdata");
                if (Directory.Exists(candidate)) return candidate;
                dir = dir.Parent;
            }
            return OutputRoot;
        }
    }

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(SourceRoot, "..", "..", ".."));
}
