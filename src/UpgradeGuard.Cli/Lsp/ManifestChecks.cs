using System;
using System.IO;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>
/// How the server checks a document: as <c>upgrade-guard check</c> checks the file, configuration included, through the
/// engine's <see cref="CheckService"/> with the editor's text.
/// </summary>
internal sealed class ManifestChecks
{
    private readonly CheckService _service;

    public ManifestChecks(CatalogSet catalogs) => _service = new CheckService(catalogs);

    public CatalogSet Catalogs => _service.Catalogs;

    /// <summary>Checks <paramref name="text"/>, the engine's text of the document (<see cref="Protocol.LspText.EngineText"/>).</summary>
    public AnalysisResult Check(string text, string? path)
    {
        var name = path ?? "untitled.upgrade.yaml";
        // The editor opening a file is discovery by its name, not a file named explicitly: a document is checked when
        // its header says it is a manifest (apiVersion upgradeguard/..., or kind UpgradePlan), as a folder on the
        // command line and the package's glob check it, and another tool's *.upgrade.yaml gets nothing.
        var document = new ManifestFile(name, name, isExplicit: false) { Text = text };
        var options = new CheckOptions
        {
            // A fresh resolver each time: .editorconfig edits apply at the next keystroke (the lookups cost microseconds).
            Severities = _ => path is null ? SeverityConfiguration.Default : new EditorConfigResolver().ForFile(path, warningsAsErrors: false),
        };
        var check = _service.Check(document, options);
        // A text is always read, and the engine never throws: the result is there (an internal error is UG0001 in it).
        return check.Result ?? new AnalysisResult(name, check.Diagnostics, isManifest: true, manifest: null, plan: null, text);
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
