using System;
using System.Collections.Generic;
using UpgradeGuard.Cli.Baselines;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Reporting;

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
        IReadOnlyCollection<string>? skippedFiles = null)
    {
        Diagnostics = diagnostics;
        FilesByDisplayPath = filesByDisplayPath;
        FilesChecked = filesChecked;
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

    /// <summary>This report with only <paramref name="diagnostics"/> (a subset, in order) and the comparison that chose them.</summary>
    public CheckReport WithBaseline(IReadOnlyList<Diagnostic> diagnostics, BaselineComparison baseline) =>
        new CheckReport(diagnostics, FilesByDisplayPath, FilesChecked, _identities, CheckedFiles, baseline, SkippedFiles);

    /// <summary>The same report without the findings of <paramref name="severity"/> (<c>--quiet</c> drops info).</summary>
    public CheckReport Without(Severity severity)
    {
        var kept = new List<Diagnostic>(Diagnostics.Count);
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity != severity) kept.Add(diagnostic);
        }
        return new CheckReport(kept, FilesByDisplayPath, FilesChecked, _identities, CheckedFiles, Baseline);
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
