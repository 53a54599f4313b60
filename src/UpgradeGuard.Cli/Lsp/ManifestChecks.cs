using System;
using System.IO;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>How the server checks a document: as <c>upgrade-guard check</c> checks the file, configuration included.</summary>
internal sealed class ManifestChecks
{
    private readonly UpgradeGuardEngine _engine;

    public ManifestChecks(CatalogSet catalogs) => _engine = new UpgradeGuardEngine(catalogs);

    public CatalogSet Catalogs => _engine.Catalogs;

    public AnalysisResult Check(string text, string? path)
    {
        var options = new AnalysisOptions
        {
            // The editor opening a file is discovery by its name, not a file named explicitly: a document is checked
            // when its header says it is a manifest (apiVersion upgradeguard/..., or kind UpgradePlan), as a folder on
            // the command line and the package's glob check it, and another tool's *.upgrade.yaml gets nothing.
            IsExplicit = false,
            // A fresh resolver each time: .editorconfig edits apply at the next keystroke (the lookups cost microseconds).
            Severities = path is null ? SeverityConfiguration.Default : new EditorConfigResolver().ForFile(path, warningsAsErrors: false),
        };
        return _engine.Analyze(path ?? "untitled.upgrade.yaml", text, options);
    }

    /// <summary>The local path of a <c>file:</c> URI, or null.</summary>
    public static string? LocalPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
        {
            return null;
        }
    }
}
