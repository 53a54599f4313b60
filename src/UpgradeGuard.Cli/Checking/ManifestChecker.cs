using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Checking;

/// <summary>Checks files in parallel and gathers the diagnostics in a deterministic order.</summary>
public sealed class ManifestChecker
{
    private readonly UpgradeGuardEngine _engine;
    private readonly EditorConfigResolver _severities = new EditorConfigResolver();
    private readonly bool _warningsAsErrors;

    public ManifestChecker(CatalogSet catalogs, bool warningsAsErrors)
    {
        _engine = new UpgradeGuardEngine(catalogs);
        _warningsAsErrors = warningsAsErrors;
    }

    /// <summary>The report; files that cannot be read are listed in <paramref name="problems"/> (in file order).</summary>
    public CheckReport Check(IReadOnlyList<ManifestFile> files, List<string> problems, CancellationToken cancellationToken)
    {
        // Only the diagnostics are kept: holding every file's tree until the end would grow memory with the file count.
        var results = new IReadOnlyList<Diagnostic>?[files.Count];
        var suppressedResults = new IReadOnlyList<Diagnostic>?[files.Count];
        var identities = new IReadOnlyList<FindingIdentity>?[files.Count];
        var readErrors = new string?[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i =>
        {
            var file = files[i];
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file.FullPath);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                readErrors[i] = ProblemMessages.Format($"cannot read '{file.DisplayPath}': {ex.Message}");
                return;
            }
            var options = new AnalysisOptions
            {
                IsExplicit = file.IsExplicit,
                Severities = _severities.ForFile(file.FullPath, _warningsAsErrors),
                CancellationToken = cancellationToken,
            };
            // Diagnostics carry the display path, so the shared DiagnosticOrder sorts them as reports show them.
            var result = _engine.Analyze(file.DisplayPath, bytes, options);
            if (!result.IsManifest && !file.IsExplicit) return;
            results[i] = result.Diagnostics;
            suppressedResults[i] = result.SuppressedDiagnostics;
            // Suppressed findings are numbered after the others: a repeat of a reported finding gets its own fingerprint,
            // and the reported findings' identities (and so the baseline) do not depend on suppression comments.
            identities[i] = FindingIdentities.Of(result.Root, result.Text, result.Diagnostics.Concat(result.SuppressedDiagnostics).ToList());
        });

        problems.AddRange(readErrors.OfType<string>());
        var problemFiles = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            if (readErrors[i] is { } message) problemFiles[message] = files[i];
        }
        var diagnostics = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        var identityOf = new Dictionary<Diagnostic, FindingIdentity>(ReferenceEqualityComparer.Instance);
        var checkedFiles = new List<string>();
        int checkedCount = 0;
        for (int i = 0; i < files.Count; i++)
        {
            var fileDiagnostics = results[i];
            if (fileDiagnostics is null) continue;
            checkedCount++;
            checkedFiles.Add(files[i].DisplayPath);
            diagnostics.AddRange(fileDiagnostics);
            var fileSuppressed = suppressedResults[i] ?? Array.Empty<Diagnostic>();
            suppressed.AddRange(fileSuppressed);
            for (int d = 0; d < fileDiagnostics.Count; d++) identityOf[fileDiagnostics[d]] = identities[i]![d];
            for (int d = 0; d < fileSuppressed.Count; d++) identityOf[fileSuppressed[d]] = identities[i]![fileDiagnostics.Count + d];
        }
        diagnostics.Sort(DiagnosticOrder.Instance);
        suppressed.Sort(DiagnosticOrder.Instance);
        var byDisplayPath = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var file in files) byDisplayPath[file.DisplayPath] = file;
        checkedFiles.Sort(StringComparer.Ordinal);
        return new CheckReport(diagnostics, byDisplayPath, checkedCount, identityOf, checkedFiles, suppressed: suppressed, problemFiles: problemFiles);
    }
}
