using System;
using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Checking;

/// <summary>What checking one file gave: the engine's result, or why the file could not be read.</summary>
public sealed record FileCheck
{
    public FileCheck(ManifestFile file, AnalysisResult? result, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> suppressedDiagnostics, ReadFailure? readFailure)
    {
        File = file;
        Result = result;
        Diagnostics = diagnostics;
        SuppressedDiagnostics = suppressedDiagnostics;
        ReadFailure = readFailure;
    }

    public ManifestFile File { get; }
    /// <summary>What the engine read and found; null when the file could not be read.</summary>
    public AnalysisResult? Result { get; }
    /// <summary>The file's findings with the run's <see cref="Configuration.WarningPolicy"/> applied, sorted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    /// <summary>The findings a comment suppresses, the policy applied likewise (for SARIF).</summary>
    public IReadOnlyList<Diagnostic> SuppressedDiagnostics { get; }
    /// <summary>Why the file could not be read, or null.</summary>
    public ReadFailure? ReadFailure { get; }

    /// <summary>
    /// True when the file is not checked and not reported: found by its name (not named by the user) and either another
    /// tool's file (its header says it is no manifest) or not a regular file.
    /// </summary>
    public bool IsSkipped => Result is { IsSkipped: true } || (ReadFailure is { IsNotRegularFile: true } && !File.IsExplicit);

    internal static FileCheck Read(ManifestFile file, AnalysisResult result, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> suppressed) =>
        new FileCheck(file, result, diagnostics, suppressed, null);

    internal static FileCheck Unreadable(ManifestFile file, ReadFailure failure) =>
        new FileCheck(file, null, Array.Empty<Diagnostic>(), Array.Empty<Diagnostic>(), failure);

    internal static FileCheck Failed(ManifestFile file, IReadOnlyList<Diagnostic> internalError) =>
        new FileCheck(file, null, internalError, Array.Empty<Diagnostic>(), null);
}
