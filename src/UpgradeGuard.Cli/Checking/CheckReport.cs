using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Cli.Baselines;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Checking;

/// <summary>The outcome of a check run, in the deterministic order every format prints.</summary>
public sealed class CheckReport
{
    private readonly IReadOnlyDictionary<Diagnostic, FindingIdentity>? _identities;

    public CheckReport(
        IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, ManifestFile> filesByDisplayPath,
        int filesChecked,
        IReadOnlyDictionary<Diagnostic, FindingIdentity>? identities = null,
        IReadOnlyList<string>? checkedFiles = null,
        BaselineComparison? baseline = null,
        IReadOnlyList<Diagnostic>? suppressed = null,
        IReadOnlyDictionary<string, ManifestFile>? problemFiles = null,
        IReadOnlyCollection<string>? skippedFiles = null)
    {
        ProblemFiles = problemFiles ?? new Dictionary<string, ManifestFile>();
        Diagnostics = diagnostics;
        FilesByDisplayPath = filesByDisplayPath;
        FilesChecked = filesChecked;
        Suppressed = suppressed ?? new List<Diagnostic>();
        _identities = identities;
        CheckedFiles = checkedFiles ?? Array.Empty<string>();
        Baseline = baseline;
        SkippedFiles = skippedFiles ?? new HashSet<string>();
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
    /// <summary>The full paths of the discovered files skipped as another tool's (neither upgradeguard/ apiVersion nor kind UpgradePlan).</summary>
    public IReadOnlyCollection<string> SkippedFiles { get; }
    /// <summary>The display paths of the manifests checked, sorted.</summary>
    public IReadOnlyList<string> CheckedFiles { get; }
    /// <summary>Set when <c>--baseline</c> was given: <see cref="Diagnostics"/> then holds only the findings not in it.</summary>
    public BaselineComparison? Baseline { get; }

    /// <summary>What the finding is about (rule, key path, text, repeat), for fingerprints and the baseline.</summary>
    public FindingIdentity IdentityOf(Diagnostic diagnostic) =>
        _identities != null && _identities.TryGetValue(diagnostic, out var identity)
            ? identity
            : new FindingIdentity(diagnostic.Id, "", FindingIdentity.NormalizeContent(diagnostic.Message), 1);

    /// <summary>
    /// This report with only <paramref name="diagnostics"/> (a subset, in order) and the comparison that chose them.
    /// Suppressed findings are not matched against the baseline: they are kept, as dismissed, either way.
    /// </summary>
    public CheckReport WithBaseline(IReadOnlyList<Diagnostic> diagnostics, BaselineComparison baseline) =>
        new CheckReport(diagnostics, FilesByDisplayPath, FilesChecked, _identities, CheckedFiles, baseline, Suppressed, ProblemFiles, SkippedFiles) { Problems = Problems };

    /// <summary>
    /// The same report without the findings of <paramref name="severity"/> (<c>--quiet</c> drops info), reported or
    /// suppressed alike.
    /// </summary>
    public CheckReport Without(Severity severity)
    {
        var kept = new List<Diagnostic>(Diagnostics.Count);
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity != severity) kept.Add(diagnostic);
        }
        var keptSuppressed = Suppressed.Where(d => d.Severity != severity).ToList();
        return new CheckReport(kept, FilesByDisplayPath, FilesChecked, _identities, CheckedFiles, Baseline, keptSuppressed, ProblemFiles, SkippedFiles) { Problems = Problems };
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
