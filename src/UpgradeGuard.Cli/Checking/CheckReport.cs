using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Checking;

/// <summary>The outcome of a check run, in the deterministic order every format prints.</summary>
public sealed class CheckReport
{
    public CheckReport(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, ManifestFile> filesByDisplayPath, int filesChecked,
        IReadOnlyList<Diagnostic>? suppressed = null, IReadOnlyDictionary<string, ManifestFile>? problemFiles = null)
    {
        ProblemFiles = problemFiles ?? new Dictionary<string, ManifestFile>();
        Diagnostics = diagnostics;
        FilesByDisplayPath = filesByDisplayPath;
        FilesChecked = filesChecked;
        Suppressed = suppressed ?? new List<Diagnostic>();
    }

    /// <summary>Sorted by display path, line, column, id; each diagnostic's FilePath is the display path.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public IReadOnlyDictionary<string, ManifestFile> FilesByDisplayPath { get; }
    /// <summary>The manifests checked (discovered files that are not upgrade plans are not counted).</summary>
    public int FilesChecked { get; }
    /// <summary>
    /// Findings a suppression comment silences, marked with it, in the same order. They never count (exit code, summary)
    /// and only SARIF shows them, as suppressed results.
    /// </summary>
    public IReadOnlyList<Diagnostic> Suppressed { get; }
    /// <summary>
    /// The problems of the run that the standard error lists (a path that does not exist, a file that cannot be read),
    /// in order. Any problem makes the run exit 2: SARIF then marks the invocation as not successful.
    /// </summary>
    public IReadOnlyList<string> Problems { get; private set; } = new List<string>();
    /// <summary>The problems that are about one file, by message: the file (for SARIF's notification locations).</summary>
    public IReadOnlyDictionary<string, ManifestFile> ProblemFiles { get; }
    public bool ExecutionSuccessful => Problems.Count == 0;

    /// <summary>Records the run's problems once they are all known (before the report is written).</summary>
    public CheckReport WithProblems(IReadOnlyList<string> problems)
    {
        Problems = problems.ToList();
        return this;
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
