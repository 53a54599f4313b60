using System.IO;

namespace UpgradeGuard.Cli.Discovery;

/// <summary>The root SARIF locations are relative to: the enclosing git work tree, else the working folder.</summary>
public static class RepositoryRoot
{
    public static string Find(string workingDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory != null; directory = directory.Parent)
        {
            // ".git" is a folder in a clone and a file in a worktree or submodule.
            var marker = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker)) return directory.FullName;
        }
        return workingDirectory;
    }
}
