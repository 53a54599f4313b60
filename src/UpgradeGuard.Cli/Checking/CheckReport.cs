using System.Collections.Generic;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Checking;

/// <summary>The outcome of a check run, in the deterministic order every format prints.</summary>
public sealed class CheckReport
{
    public CheckReport(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, ManifestFile> filesByDisplayPath, int filesChecked, IReadOnlyCollection<string>? skippedFiles = null)
    {
        Diagnostics = diagnostics;
        FilesByDisplayPath = filesByDisplayPath;
        FilesChecked = filesChecked;
        SkippedFiles = skippedFiles ?? new HashSet<string>();
    }

    /// <summary>Sorted by display path, line, column, id; each diagnostic's FilePath is the display path.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public IReadOnlyDictionary<string, ManifestFile> FilesByDisplayPath { get; }
    /// <summary>The manifests checked (discovered files that are not upgrade plans are not counted).</summary>
    public int FilesChecked { get; }
    /// <summary>The full paths of the discovered files skipped as another tool's (neither upgradeguard/ apiVersion nor kind UpgradePlan).</summary>
    public IReadOnlyCollection<string> SkippedFiles { get; }

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
