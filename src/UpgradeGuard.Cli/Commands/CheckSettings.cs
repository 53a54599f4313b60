using System;
using System.Collections.Generic;
using UpgradeGuard.Cli.Output;

namespace UpgradeGuard.Cli.Commands;

/// <summary>What <c>upgrade-guard check</c> was asked to do.</summary>
public sealed class CheckSettings
{
    public CheckSettings(IReadOnlyList<string> paths, string format, string? outputFile, IReadOnlyList<string> catalogs, bool warningsAsErrors)
    {
        Paths = paths;
        Format = format;
        OutputFile = outputFile;
        Catalogs = catalogs;
        WarningsAsErrors = warningsAsErrors;
    }

    public IReadOnlyList<string> Paths { get; }
    public string Format { get; }
    public string? OutputFile { get; }
    public IReadOnlyList<string> Catalogs { get; }
    public bool WarningsAsErrors { get; }
    /// <summary><c>--exclude GLOB</c>: paths skipped, matched against repository-relative paths.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = Array.Empty<string>();
    /// <summary><c>--stdin-filename NAME</c>: how the manifest read from standard input (<c>check -</c>) is named.</summary>
    public string? StdinFileName { get; init; }
    /// <summary><c>--quiet</c>: findings only, no summary and no info-level findings.</summary>
    public bool Quiet { get; init; }
    /// <summary><c>--color auto|always|never</c>.</summary>
    public string Color { get; init; } = ColorModes.Auto;
    /// <summary>A folder given that holds no manifest is not an error (<c>--allow-empty</c>).</summary>
    public bool AllowEmpty { get; init; }
    /// <summary><c>--baseline FILE</c>: report only findings this baseline does not record.</summary>
    public string? Baseline { get; init; }
    /// <summary><c>--write-baseline FILE</c>: record every current finding there; the run then exits 0.</summary>
    public string? WriteBaseline { get; init; }
}
