using System;
using System.Collections.Generic;

namespace UpgradeGuard.Cli.Commands;

/// <summary>What <c>upgrade-guard fix</c> was asked to do.</summary>
public sealed class FixSettings
{
    public FixSettings(IReadOnlyList<string> paths, bool write, IReadOnlyList<string> catalogs)
    {
        Paths = paths;
        Write = write;
        Catalogs = catalogs;
    }

    public IReadOnlyList<string> Paths { get; }
    /// <summary>Write the fixed files; otherwise print a unified diff and write nothing.</summary>
    public bool Write { get; }
    public IReadOnlyList<string> Catalogs { get; }
    /// <summary><c>--exclude GLOB</c>: paths skipped, matched against repository-relative paths.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = Array.Empty<string>();
    /// <summary>A folder given that holds no manifest is not an error (<c>--allow-empty</c>).</summary>
    public bool AllowEmpty { get; init; }
}
