using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Discovery;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using BuildTask = Microsoft.Build.Utilities.Task;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Build;

/// <summary>
/// Checks upgrade manifests with the engine in builds that compile nothing (the analyzer reports in those that do).
/// Each finding is logged with its code, file, line, column, end line, end column and help link, so MSBuild prints
/// <c>path(line,col): error UG2001: message</c>. Severities come from the configuration files the build hands over
/// (.editorconfig sections, global configs), then the build's NoWarn, WarningsAsErrors, WarningsNotAsErrors and
/// TreatWarningsAsErrors. Never throws: a failure on one file is UG0001 on that file.
/// </summary>
public sealed class ValidateUpgradeManifests : BuildTask
{
    /// <summary>
    /// The manifests (<c>@(UpgradeManifest)</c>). An item added by hand is always checked (a file that is not a plan is
    /// UG1003); an item of the package's glob (<c>UpgradeGuardDiscovered="true"</c>) is checked when its header says it
    /// is a manifest and skipped otherwise, as a folder given to <c>upgrade-guard check</c> is.
    /// </summary>
    [Required]
    public ITaskItem[] Manifests { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Extra catalogs (<c>@(UpgradeCatalog)</c>), merged into the built-in catalog. A broken one is reported on itself.</summary>
    public ITaskItem[] Catalogs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The .editorconfig and global config files in force (<c>@(EditorConfigFiles)</c>), as the compiler is given them.</summary>
    public ITaskItem[] ConfigurationFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// Where the findings on each manifest are kept from one build to the next (obj/, see <see cref="FindingsCache"/>):
    /// a manifest whose length and modification time did not change is not checked again. None when empty.
    /// </summary>
    public string? FindingsCacheFile { get; set; }

    /// <summary>How many manifests were checked in this run rather than taken from <see cref="FindingsCacheFile"/>.</summary>
    [Output]
    public int CheckedCount { get; private set; }

    public string? NoWarn { get; set; }
    public string? WarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>How many manifests were checked (files the discovery rule skips are not counted).</summary>
    [Output]
    public int ManifestCount { get; private set; }

    [Output]
    public int ErrorCount { get; private set; }

    [Output]
    public int WarningCount { get; private set; }

    public override bool Execute()
    {
        try
        {
            Run();
        }
        catch (Exception ex)
        {
            // Unreachable by design (every file is guarded); a crash must still be a coded error, never MSB4018.
            Log.LogError(null, RuleIds.InternalError, null, RuleRegistry.InternalError.HelpUri, null, 0, 0, 0, 0, RuleRegistry.InternalErrorMessage(ex));
        }
        return !Log.HasLoggedErrors;
    }

    private void Run()
    {
        var policy = new WarningPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        var findings = new List<Diagnostic>();

        var catalogTexts = new List<KeyValuePair<string, string>>();
        foreach (var path in FullPaths(Catalogs))
        {
            if (TryReadText(path, findings) is { } text) catalogTexts.Add(new KeyValuePair<string, string>(path, text));
        }
        var service = new CheckService(CatalogLoader.WithExtras(catalogTexts, findings));

        var configurationTexts = new List<KeyValuePair<string, string>>();
        foreach (var path in FullPaths(ConfigurationFiles))
        {
            // A configuration file that cannot be read is left out, as the compiler leaves out a missing one.
            if (TryReadText(path, problems: null) is { } text) configurationTexts.Add(new KeyValuePair<string, string>(path, text));
        }
        var configuration = ConfigurationFileSet.FromFiles(configurationTexts);
        // Each configuration file's entries that cannot be read (UG0002), once, however many manifests it configures.
        if (Manifests.Length > 0) findings.AddRange(configuration.Problems());

        var manifests = ManifestItems(Manifests).Select(item => new ManifestFile(item.Path, item.Path, item.IsExplicit)).ToList();
        var options = new CheckOptions { Severities = configuration.ForFile, WarningPolicy = policy };
        // Without a cache file every manifest is checked, and no file time is taken.
        var caching = !string.IsNullOrEmpty(FindingsCacheFile);
        var context = caching ? CacheContext(catalogTexts, configurationTexts) : "";
        var cache = caching ? FindingsCache.Load(FindingsCacheFile, context) : null;

        var stamps = new FileStamp?[manifests.Count];
        var perFile = new IReadOnlyList<Diagnostic>?[manifests.Count];
        var keep = new bool[manifests.Count];
        var stale = new List<int>();
        for (int i = 0; i < manifests.Count; i++)
        {
            // The file's stamp is taken before it is read: a file changed while it is checked is checked again next time.
            if (caching) stamps[i] = FileStamp.Of(manifests[i].FullPath);
            if (stamps[i] is { } stamp && cache!.TryGet(manifests[i].FullPath, manifests[i].IsExplicit, stamp, out var kept))
            {
                perFile[i] = kept;
                keep[i] = true;
            }
            else
            {
                stale.Add(i);
            }
        }
        var checkedNow = service.CheckAll(stale.Select(i => manifests[i]).ToList(), options, check => (Findings: Findings(check, policy), Keep: IsKept(check)));
        CheckedCount = stale.Count;
        for (int j = 0; j < stale.Count; j++) (perFile[stale[j]], keep[stale[j]]) = checkedNow[j];
        if (caching) SaveCache(context, manifests, stamps, perFile, keep);

        // The catalogs' and configuration files' problems get the build's switches as the manifests' findings do.
        var reported = new List<Diagnostic>(policy.Apply(findings));
        foreach (var diagnostics in perFile)
        {
            if (diagnostics is null) continue;
            reported.AddRange(diagnostics);
            ManifestCount++;
        }
        int skipped = manifests.Count - ManifestCount;

        foreach (var finding in CheckService.InReportOrder(reported)) Report(finding);
        var summary = $"UpgradeGuard: {ManifestCount} manifest(s) checked, {ErrorCount} error(s), {WarningCount} warning(s)";
        // Another tool's file (neither an upgradeguard/ apiVersion nor kind UpgradePlan), or a FIFO, socket or device.
        if (skipped > 0) summary += $", {skipped} file(s) skipped (not upgrade manifests)";
        int reused = manifests.Count - CheckedCount;
        if (reused > 0) summary += $", {reused} unchanged since the last check (findings from {Path.GetFileName(FindingsCacheFile)})";
        // Logged as text, never as a format string: the numbers are already in it.
        Log.LogMessage(MessageImportance.Normal, "{0}", summary);
    }

    /// <summary>Only what the engine produced is kept: a file that could not be read, was skipped or met an internal error is checked again.</summary>
    private static bool IsKept(FileCheck check) =>
        check.Result is { IsSkipped: false } && check.ReadFailure is null && check.Diagnostics.All(d => d.Id != RuleIds.InternalError);

    /// <summary>Everything the findings depend on besides each file: the task's own code, the catalogs, the configuration, the switches.</summary>
    private string CacheContext(List<KeyValuePair<string, string>> catalogs, List<KeyValuePair<string, string>> configuration)
    {
        var parts = new List<string>
        {
            typeof(ValidateUpgradeManifests).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(CheckService).Assembly.ManifestModule.ModuleVersionId.ToString(),
            "NoWarn=" + NoWarn, "WarningsAsErrors=" + WarningsAsErrors, "WarningsNotAsErrors=" + WarningsNotAsErrors,
            "TreatWarningsAsErrors=" + TreatWarningsAsErrors,
        };
        foreach (var pair in catalogs) parts.AddRange(new[] { "catalog", pair.Key, pair.Value });
        foreach (var pair in configuration) parts.AddRange(new[] { "configuration", pair.Key, pair.Value });
        return FindingsCache.Context(parts);
    }

    /// <summary>The cache for the next build: the entries still valid and the files just checked. Failing to write it costs only time.</summary>
    private void SaveCache(string context, List<ManifestFile> manifests, FileStamp?[] stamps, IReadOnlyList<Diagnostic>?[] perFile, bool[] keep)
    {
        var entries = new List<(string, bool, FileStamp, IReadOnlyList<Diagnostic>)>();
        for (int i = 0; i < manifests.Count; i++)
        {
            if (!keep[i] || stamps[i] is not { } stamp || perFile[i] is not { } findings) continue;
            entries.Add((manifests[i].FullPath, manifests[i].IsExplicit, stamp, findings));
        }
        try
        {
            FindingsCache.Of(context, entries).Save(FindingsCacheFile!);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            Log.LogMessage(MessageImportance.Low, "{0}", $"UpgradeGuard: the findings cache {FindingsCacheFile} was not written ({ex.Message}); the next build checks every manifest");
        }
    }

    /// <summary>
    /// A file's findings, or null when discovery skips it (another tool's file, or a FIFO, socket or device it found):
    /// a file that cannot be read is UG1001 at its start.
    /// </summary>
    private static IReadOnlyList<Diagnostic>? Findings(FileCheck check, WarningPolicy policy)
    {
        if (check.IsSkipped) return null;
        if (check.ReadFailure is { } failure) return policy.Apply(new[] { failure.ToDiagnostic(check.File.FullPath) });
        return check.Diagnostics;
    }

    private void Report(Diagnostic diagnostic)
    {
        // As the command line's machine formats: an empty span (end of file) is one column wide.
        var span = new EmittedRegion(diagnostic.Span);
        var rule = diagnostic.Rule;
        switch (diagnostic.Severity)
        {
            case Severity.Error:
                ErrorCount++;
                Log.LogError(null, rule.Id, null, rule.HelpUri, diagnostic.FilePath, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, diagnostic.Message);
                break;
            case Severity.Warning:
                WarningCount++;
                Log.LogWarning(null, rule.Id, null, rule.HelpUri, diagnostic.FilePath, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, diagnostic.Message);
                break;
            case Severity.Info:
                Log.LogMessage(null, rule.Id, null, diagnostic.FilePath, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, MessageImportance.Normal, diagnostic.Message);
                break;
        }
    }

    /// <summary>
    /// The distinct manifests, in item order, each explicit unless every item naming it comes from the package's glob:
    /// a file both found by the glob and added by hand is checked as named.
    /// </summary>
    private static List<(string Path, bool IsExplicit)> ManifestItems(ITaskItem[]? items)
    {
        items ??= Array.Empty<ITaskItem>();
        var paths = FullPaths(items, out var itemPaths);
        var explicitPaths = new HashSet<string>(PathComparer);
        for (int i = 0; i < items.Length; i++)
        {
            if (!IsDiscovered(items[i])) explicitPaths.Add(itemPaths[i]);
        }
        return paths.Select(path => (path, explicitPaths.Contains(path))).ToList();
    }

    private static bool IsDiscovered(ITaskItem item) =>
        string.Equals(item.GetMetadata(DiscoveredMetadata).Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The metadata the package's glob sets on the items it adds.</summary>
    public const string DiscoveredMetadata = "UpgradeGuardDiscovered";

    private static readonly StringComparer PathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static List<string> FullPaths(ITaskItem[]? items) => FullPaths(items, out _);

    /// <summary>The distinct full paths of <paramref name="items"/>, in item order; <paramref name="itemPaths"/> has each item's.</summary>
    private static List<string> FullPaths(ITaskItem[]? items, out List<string> itemPaths)
    {
        itemPaths = new List<string>();
        var seen = new HashSet<string>(PathComparer);
        var paths = new List<string>();
        foreach (var item in items ?? Array.Empty<ITaskItem>())
        {
            string spec;
            try
            {
                spec = item.GetMetadata("FullPath");
            }
            catch (InvalidOperationException)
            {
                // MSBuild cannot make a full path of it (characters a path cannot have): the file is reported as unreadable.
                spec = "";
            }
            if (string.IsNullOrEmpty(spec)) spec = item.ItemSpec;
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(spec);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                fullPath = spec;
            }
            itemPaths.Add(fullPath);
            if (seen.Add(fullPath)) paths.Add(fullPath);
        }
        return paths;
    }

    private static string? TryReadText(string path, List<Diagnostic>? problems)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (CheckService.IsReadFailure(ex))
        {
            problems?.Add(new ReadFailure(ex.Message, IsNotRegularFile: false).ToDiagnostic(path));
            return null;
        }
    }
}
