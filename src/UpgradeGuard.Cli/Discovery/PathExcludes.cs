using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace UpgradeGuard.Cli.Discovery;

/// <summary>
/// The <c>--exclude GLOB</c> patterns, matched against paths relative to the repository root with '/'
/// (<c>legacy/**</c>, <c>**/*.draft.upgrade.yaml</c>). A path is excluded when it or one of its folders matches, so
/// <c>--exclude legacy</c> skips the folder and everything under it. Paths outside the root are never excluded.
/// </summary>
public sealed class PathExcludes
{
    public static readonly PathExcludes None = new PathExcludes("", Array.Empty<string>());

    private readonly string _root;
    private readonly Matcher? _matcher;

    public PathExcludes(string root, IReadOnlyList<string> patterns)
    {
        _root = root;
        var normalized = patterns.Select(Normalize).Where(p => p.Length > 0).ToList();
        if (normalized.Count == 0) return;
        _matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        foreach (var pattern in normalized) _matcher.AddInclude(pattern);
    }

    public bool IsEmpty => _matcher is null;

    /// <summary>True when the file or folder at <paramref name="fullPath"/>, or a folder above it under the root, matches a pattern.</summary>
    public bool Excludes(string fullPath)
    {
        if (_matcher is null) return false;
        var relative = DisplayPaths.RelativeTo(_root, fullPath);
        if (relative is null || relative == ".") return false;
        for (var path = relative; path.Length > 0; path = Parent(path))
        {
            if (Matches(path)) return true;
        }
        return false;
    }

    /// <summary>True when this path itself matches (used for folders while searching: their contents are not listed).</summary>
    public bool ExcludesItself(string fullPath)
    {
        if (_matcher is null) return false;
        var relative = DisplayPaths.RelativeTo(_root, fullPath);
        return relative != null && relative != "." && Matches(relative);
    }

    private bool Matches(string relativePath) => _matcher!.Match(_root, relativePath).HasMatches;

    private static string Parent(string relativePath)
    {
        int slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath.Substring(0, slash);
    }

    private static string Normalize(string pattern)
    {
        var normalized = pattern.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
        return normalized.TrimEnd('/');
    }
}
