using System.Collections.Generic;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Checking;

/// <summary>The outcome of a check run, in the deterministic order every format prints.</summary>
public sealed class CheckReport
{
    public CheckReport(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, ManifestFile> filesByDisplayPath, int filesChecked)
    {
        Diagnostics = diagnostics;
        FilesByDisplayPath = filesByDisplayPath;
        FilesChecked = filesChecked;
    }

    /// <summary>Sorted by display path, line, column, id; each diagnostic's FilePath is the display path.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public IReadOnlyDictionary<string, ManifestFile> FilesByDisplayPath { get; }
    /// <summary>The manifests checked (discovered files that are not upgrade plans are not counted).</summary>
    public int FilesChecked { get; }

    /// <summary>The same report without the findings of <paramref name="severity"/> (<c>--quiet</c> drops info).</summary>
    public CheckReport Without(Severity severity)
    {
        var kept = new List<Diagnostic>(Diagnostics.Count);
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity != severity) kept.Add(diagnostic);
        }
        return new CheckReport(kept, FilesByDisplayPath, FilesChecked);
    }

    public int Count(Severity severity)
    {
        int count = 0;
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity == severity) count++;
        }
        return count;
    }
}
