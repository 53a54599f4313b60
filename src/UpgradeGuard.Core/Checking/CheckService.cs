using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Discovery;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Core.Checking;

/// <summary>
/// Checks a set of files for every surface (the command line, the MSBuild task, the language server): reads each file
/// (its bytes, or the text it was given), analyzes it with its configured severities, applies the run's warning
/// policy, and turns a file that cannot be read (missing, a folder, unreadable, a FIFO, socket or device) into a
/// <see cref="ReadFailure"/>, and an unexpected failure into UG0001 on that file. Files are checked in parallel; results
/// come back in the files' order, and <see cref="InReportOrder"/> sorts findings as every report shows them.
/// </summary>
public sealed class CheckService
{
    private readonly UpgradeGuardEngine _engine;

    public CheckService(CatalogSet catalogs) => _engine = new UpgradeGuardEngine(catalogs);

    public CatalogSet Catalogs => _engine.Catalogs;

    /// <summary>Checks one file. Never throws but for cancellation.</summary>
    public FileCheck Check(ManifestFile file, CheckOptions options)
    {
        options.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            // Read first: a path the system refuses (a NUL in it) is a file that cannot be read, before any configuration is looked up.
            byte[]? bytes = null;
            if (file.Text is null)
            {
                // Reading a FIFO waits for a writer, for ever if none comes: it is never opened.
                if (file.Content is null && FileTypes.NotReadableReason(file.FullPath) is { } reason)
                {
                    return FileCheck.Unreadable(file, new ReadFailure(reason, IsNotRegularFile: true));
                }
                try
                {
                    bytes = file.Content ?? File.ReadAllBytes(file.FullPath);
                }
                catch (Exception ex) when (IsReadFailure(ex))
                {
                    return FileCheck.Unreadable(file, new ReadFailure(ex.Message, IsNotRegularFile: false));
                }
            }
            var analysis = new AnalysisOptions
            {
                IsExplicit = file.IsExplicit,
                Severities = options.Severities(file.FullPath),
                CancellationToken = options.CancellationToken,
            };
            var result = bytes is null ? _engine.Analyze(file.DisplayPath, file.Text!, analysis) : _engine.Analyze(file.DisplayPath, bytes, analysis);
            return FileCheck.Read(file, result, options.WarningPolicy.Apply(result.Diagnostics), options.WarningPolicy.Apply(result.SuppressedDiagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var failure = Diagnostic.AtFileStart(RuleRegistry.InternalError, file.DisplayPath, RuleRegistry.InternalErrorMessage(ex));
            return FileCheck.Failed(file, options.WarningPolicy.Apply(new[] { failure }));
        }
    }

    /// <summary>
    /// Checks <paramref name="files"/> in parallel and returns what <paramref name="keep"/> takes of each, in the files'
    /// order (<paramref name="keep"/> runs on the checking thread, so a caller keeps only what it needs, not every tree).
    /// </summary>
    public T[] CheckAll<T>(IReadOnlyList<ManifestFile> files, CheckOptions options, Func<FileCheck, T> keep)
    {
        var kept = new T[files.Count];
        var parallel = new ParallelOptions { CancellationToken = options.CancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i => kept[i] = keep(Check(files[i], options)));
        return kept;
    }

    /// <summary><paramref name="diagnostics"/> sorted as every report shows them (file, line, column, id).</summary>
    public static List<Diagnostic> InReportOrder(IEnumerable<Diagnostic> diagnostics)
    {
        var sorted = new List<Diagnostic>(diagnostics);
        sorted.Sort(DiagnosticOrder.Instance);
        return sorted;
    }

    /// <summary>What reading a file can throw when the file, or its path, is not usable.</summary>
    public static bool IsReadFailure(Exception ex) =>
        ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException;
}
