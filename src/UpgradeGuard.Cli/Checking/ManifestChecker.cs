using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Checking;

/// <summary>
/// <c>check</c>'s run over the engine's <see cref="CheckService"/>: the files are checked (read, analyzed, warnings as
/// errors applied) by the service; this keeps each file's findings and identities, and gathers them in report order.
/// </summary>
public sealed class ManifestChecker
{
    private readonly CheckService _service;
    private readonly EditorConfigResolver _severities = new EditorConfigResolver();
    private readonly WarningPolicy _warningPolicy;
    private readonly string _workingDirectory;

    /// <param name="workingDirectory">The folder display paths are relative to (as for the manifests).</param>
    public ManifestChecker(CatalogSet catalogs, bool warningsAsErrors, string workingDirectory)
    {
        _workingDirectory = workingDirectory;
        _service = new CheckService(catalogs);
        _warningPolicy = warningsAsErrors ? WarningPolicy.AllWarningsAsErrors : WarningPolicy.None;
    }

    /// <summary>What is kept of one file while the others are checked (never its tree).</summary>
    private sealed record Kept(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Suppressed, IReadOnlyList<FindingIdentity> Identities, IReadOnlyList<AnalyzerConfigFile>? ConfigurationFiles, string? ReadError = null);

    /// <summary>The report; files that cannot be read are listed in <paramref name="problems"/> (in file order).</summary>
    public CheckReport Check(IReadOnlyList<ManifestFile> files, List<string> problems, CancellationToken cancellationToken)
    {
        var options = new CheckOptions
        {
            Severities = path => _severities.ForFile(path, warningsAsErrors: false),
            WarningPolicy = _warningPolicy,
            CancellationToken = cancellationToken,
        };
        // Only the diagnostics are kept: holding every file's tree until the end would grow memory with the file count.
        var results = _service.CheckAll<Kept?>(files, options, check =>
        {
            if (check.IsSkipped) return null;
            if (check.ReadFailure is { } failure)
            {
                var none = Array.Empty<Diagnostic>();
                return new Kept(none, none, Array.Empty<FindingIdentity>(), null, ProblemMessages.Format($"cannot read '{check.File.DisplayPath}': {failure.Reason}"));
            }
            // Suppressed findings are numbered after the others: a repeat of a reported finding gets its own fingerprint,
            // and the reported findings' identities (and so the baseline) do not depend on suppression comments.
            var identities = FindingIdentities.Of(check.Result?.Root, check.Result?.Text, check.Diagnostics.Concat(check.SuppressedDiagnostics).ToList());
            return new Kept(check.Diagnostics, check.SuppressedDiagnostics, identities, _severities.FilesFor(check.File.FullPath));
        });

        var readErrors = results.Select(kept => kept?.ReadError).ToArray();
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
            if (results[i] is not { ReadError: null } kept)
            {
                if (readErrors[i] is null) skipped.Add(files[i].FullPath);
                continue;
            }
            checkedCount++;
            checkedFiles.Add(files[i].DisplayPath);
            diagnostics.AddRange(kept.Diagnostics);
            suppressed.AddRange(kept.Suppressed);
            for (int d = 0; d < kept.Diagnostics.Count; d++) identityOf[kept.Diagnostics[d]] = kept.Identities[d];
            for (int d = 0; d < kept.Suppressed.Count; d++) identityOf[kept.Suppressed[d]] = kept.Identities[kept.Diagnostics.Count + d];
        }
        var byDisplayPath = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var file in files) byDisplayPath[file.DisplayPath] = file;
        diagnostics.AddRange(ConfigurationProblems(results.Select(kept => kept?.ConfigurationFiles).ToArray(), byDisplayPath, identityOf));
        diagnostics = CheckService.InReportOrder(diagnostics);
        suppressed = CheckService.InReportOrder(suppressed);
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
            var severity = _severities.ForFile(file.FilePath, warningsAsErrors: false).Effective(Core.Rules.Tool.InvalidSuppressionRule.Descriptor);
            var displayPath = DisplayPaths.For(_workingDirectory, file.FilePath, file.FilePath);
            var found = _warningPolicy.Apply(Core.Configuration.ConfigurationProblems.Diagnostics(displayPath, file.Text, severity));
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
