using System.Collections.Generic;

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
    /// <summary><c>--baseline FILE</c>: report only findings this baseline does not record.</summary>
    public string? Baseline { get; init; }
    /// <summary><c>--write-baseline FILE</c>: record every current finding there; the run then exits 0.</summary>
    public string? WriteBaseline { get; init; }
}
