using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Rules.Structure;
using BuildTask = Microsoft.Build.Utilities.Task;

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
    /// <summary>The manifests (<c>@(UpgradeManifest)</c>). Each one is checked as a manifest: a file that is not a plan is UG1003.</summary>
    [Required]
    public ITaskItem[] Manifests { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Extra catalogs (<c>@(UpgradeCatalog)</c>), merged into the built-in catalog. A broken one is reported on itself.</summary>
    public ITaskItem[] Catalogs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The .editorconfig and global config files in force (<c>@(EditorConfigFiles)</c>), as the compiler is given them.</summary>
    public ITaskItem[] ConfigurationFiles { get; set; } = Array.Empty<ITaskItem>();

    public string? NoWarn { get; set; }
    public string? WarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>How many manifests were checked.</summary>
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
        var engine = new UpgradeGuardEngine(CatalogLoader.WithExtras(catalogTexts, findings));

        var configurationTexts = new List<KeyValuePair<string, string>>();
        foreach (var path in FullPaths(ConfigurationFiles))
        {
            // A configuration file that cannot be read is left out, as the compiler leaves out a missing one.
            if (TryReadText(path, problems: null) is { } text) configurationTexts.Add(new KeyValuePair<string, string>(path, text));
        }
        var configuration = ConfigurationFileSet.FromFiles(configurationTexts);
        // Each configuration file's entries that cannot be read (UG0002), once, however many manifests it configures.
        if (Manifests.Length > 0) findings.AddRange(configuration.Problems());

        var manifests = FullPaths(Manifests);
        var perFile = new IReadOnlyList<Diagnostic>[manifests.Count];
        Parallel.For(0, manifests.Count, i => perFile[i] = Check(engine, configuration, manifests[i]));
        foreach (var diagnostics in perFile) findings.AddRange(diagnostics);
        ManifestCount = manifests.Count;

        findings.Sort(DiagnosticOrder.Instance);
        foreach (var finding in findings) Report(finding, policy.Apply(finding));
        Log.LogMessage(MessageImportance.Normal, "UpgradeGuard: {0} manifest(s) checked, {1} error(s), {2} warning(s)", ManifestCount, ErrorCount, WarningCount);
    }

    private static IReadOnlyList<Diagnostic> Check(UpgradeGuardEngine engine, ConfigurationFileSet configuration, string path)
    {
        try
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                return new[] { Unreadable(path, ex) };
            }
            var options = new AnalysisOptions { IsExplicit = true, Severities = configuration.ForFile(path) };
            return engine.Analyze(path, bytes, options).Diagnostics;
        }
        catch (Exception ex)
        {
            return new[] { Diagnostic.AtFileStart(RuleRegistry.InternalError, path, RuleRegistry.InternalErrorMessage(ex)) };
        }
    }

    private void Report(Diagnostic diagnostic, Severity severity)
    {
        // As the command line's machine formats: an empty span (end of file) is one column wide.
        var span = new EmittedRegion(diagnostic.Span);
        var rule = diagnostic.Rule;
        switch (severity)
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

    /// <summary>The distinct full paths of <paramref name="items"/>, in item order.</summary>
    private static List<string> FullPaths(ITaskItem[]? items)
    {
        var seen = new HashSet<string>(Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
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
        catch (Exception ex) when (IsReadFailure(ex))
        {
            problems?.Add(Unreadable(path, ex));
            return null;
        }
    }

    /// <summary>What reading a file can throw when the file, or its path, is not usable.</summary>
    private static bool IsReadFailure(Exception ex) =>
        ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException;

    private static Diagnostic Unreadable(string path, Exception ex) =>
        Diagnostic.AtFileStart(InvalidYamlRule.Descriptor, path, $"the file cannot be read: {ex.Message}");
}
