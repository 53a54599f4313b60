using System;
using System.IO;

namespace UpgradeGuard.Cli.Discovery;

/// <summary>How reports name files: relative to a base folder with '/', when the file is under it.</summary>
public static class DisplayPaths
{
    public static readonly StringComparer Comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="baseDirectory"/> with '/', or null when it is not under it.</summary>
    public static string? RelativeTo(string baseDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(baseDirectory, fullPath);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal))
        {
            return null;
        }
        return relative.Replace('\\', '/');
    }

    /// <summary>The display path: relative to the working folder when under it, otherwise <paramref name="asGiven"/>.</summary>
    public static string For(string workingDirectory, string fullPath, string asGiven) =>
        RelativeTo(workingDirectory, fullPath) ?? asGiven;
}
