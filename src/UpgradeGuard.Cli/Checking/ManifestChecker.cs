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
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Checking;

/// <summary>Checks files in parallel and gathers the diagnostics in a deterministic order.</summary>
public sealed class ManifestChecker
{
    private readonly UpgradeGuardEngine _engine;
    private readonly EditorConfigResolver _severities = new EditorConfigResolver();
    private readonly bool _warningsAsErrors;
    private readonly string _workingDirectory;

    /// <param name="workingDirectory">The folder display paths are relative to (as for the manifests).</param>
    public ManifestChecker(CatalogSet catalogs, bool warningsAsErrors, string workingDirectory)
    {
        _workingDirectory = workingDirectory;
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
        var configurationFiles = new IReadOnlyList<AnalyzerConfigFile>?[files.Count];
        var readErrors = new string?[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i =>
        {
            var file = files[i];
            byte[] bytes;
            try
            {
                bytes = file.ReadAllBytes();
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
            if (result.IsSkipped) return;
            results[i] = result.Diagnostics;
            suppressedResults[i] = result.SuppressedDiagnostics;
            // Suppressed findings are numbered after the others: a repeat of a reported finding gets its own fingerprint,
            // and the reported findings' identities (and so the baseline) do not depend on suppression comments.
            identities[i] = FindingIdentities.Of(result.Root, result.Text, result.Diagnostics.Concat(result.SuppressedDiagnostics).ToList());
            configurationFiles[i] = _severities.FilesFor(file.FullPath);
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
        var skipped = new HashSet<string>(DisplayPaths.Comparer);
        for (int i = 0; i < files.Count; i++)
        {
            var fileDiagnostics = results[i];
            if (fileDiagnostics is null)
            {
                if (readErrors[i] is null) skipped.Add(files[i].FullPath);
                continue;
            }
            checkedCount++;
            checkedFiles.Add(files[i].DisplayPath);
            diagnostics.AddRange(fileDiagnostics);
            var fileSuppressed = suppressedResults[i] ?? Array.Empty<Diagnostic>();
            suppressed.AddRange(fileSuppressed);
            for (int d = 0; d < fileDiagnostics.Count; d++) identityOf[fileDiagnostics[d]] = identities[i]![d];
            for (int d = 0; d < fileSuppressed.Count; d++) identityOf[fileSuppressed[d]] = identities[i]![fileDiagnostics.Count + d];
        }
        var byDisplayPath = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var file in files) byDisplayPath[file.DisplayPath] = file;
        diagnostics.AddRange(ConfigurationProblems(configurationFiles, byDisplayPath, identityOf));
        diagnostics.Sort(DiagnosticOrder.Instance);
        suppressed.Sort(DiagnosticOrder.Instance);
        checkedFiles.Sort(StringComparer.Ordinal);
        return new CheckReport(diagnostics, byDisplayPath, checkedCount, identityOf, checkedFiles, suppressed: suppressed, problemFiles: problemFiles, skippedFiles: skipped);
    }

    /// <summary>
    /// UG0002 for the entries that cannot be read in the configuration files in force for the manifests checked: each
    /// file once, however many manifests it configures, at UG0002's severity for the configuration file itself.
    /// </summary>
    private List<Diagnostic> ConfigurationProblems(IReadOnlyList<AnalyzerConfigFile>?[] perManifest, Dictionary<string, ManifestFile> byDisplayPath, Dictionary<Diagnostic, FindingIdentity> identityOf)
    {
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<string>(DisplayPaths.Comparer);
        foreach (var file in perManifest.Where(chain => chain != null).SelectMany(chain => chain!))
        {
            if (!seen.Add(file.FilePath)) continue;
            var severity = _severities.ForFile(file.FilePath, _warningsAsErrors).Effective(Core.Rules.Tool.InvalidSuppressionRule.Descriptor);
            var displayPath = DisplayPaths.For(_workingDirectory, file.FilePath, file.FilePath);
            var found = Core.Configuration.ConfigurationProblems.Diagnostics(displayPath, file.Text, severity);
            if (found.Count == 0) continue;
            // Identified by the entry's text, as a manifest finding by its node's.
            var identities = FindingIdentities.Of(null, file.Text, found);
            for (int d = 0; d < found.Count; d++) identityOf[found[d]] = identities[d];
            diagnostics.AddRange(found);
            // The formats find a file's full path and source by its display path.
            if (!byDisplayPath.ContainsKey(displayPath)) byDisplayPath[displayPath] = new ManifestFile(file.FilePath, displayPath, isExplicit: false);
        }
        return diagnostics;
    }
}
