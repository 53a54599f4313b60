using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Analyzers;

/// <summary>
/// The severities configured for one manifest, resolved as the command line resolves them, from what the compiler
/// was given. Three sources, because Roslyn splits them:
/// <list type="bullet">
/// <item>rule keys of global configs (.globalconfig, <c>is_global</c> files): the compilation's
/// <see cref="SyntaxTreeOptionsProvider.TryGetGlobalDiagnosticValue"/>;</item>
/// <item>category and all-rules keys (sections and globals, already merged): the additional file's own options;</item>
/// <item>rule keys of .editorconfig sections that match the manifest: Roslyn keeps these from analyzers for
/// additional files, so the .editorconfig files come in as additional files and are read here.</item>
/// </list>
/// </summary>
internal sealed class ManifestSeverities
{
    private const string AllRulesKey = "dotnet_analyzer_diagnostic.severity";

    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly Dictionary<string, string> _globalRuleKeys;
    private readonly EditorConfigResolver _sections;
    private readonly string[] _categoryKeys;

    public ManifestSeverities(AnalyzerConfigOptionsProvider options, CompilationOptions compilationOptions, IEnumerable<KeyValuePair<string, string>> editorConfigFiles, CancellationToken cancellationToken)
    {
        _options = options;
        _globalRuleKeys = GlobalRuleKeys(compilationOptions.SyntaxTreeOptionsProvider, cancellationToken);
        _sections = new EditorConfigResolver(source: ConfigFileSource.InMemory(editorConfigFiles));
        _categoryKeys = RuleRegistry.Descriptors.Select(rule => rule.Category).Distinct()
            .Select(category => "dotnet_analyzer_diagnostic.category-" + category + ".severity").Concat(new[] { AllRulesKey }).ToArray();
    }

    public SeverityConfiguration For(AdditionalText manifest)
    {
        var outer = new Dictionary<string, string>(_globalRuleKeys, StringComparer.OrdinalIgnoreCase);
        var fileOptions = _options.GetOptions(manifest);
        foreach (var key in _categoryKeys)
        {
            if (fileOptions.TryGetValue(key, out var value)) outer[key] = value;
        }
        // TreatWarningsAsErrors is the compiler's to apply, after this severity (as for any analyzer).
        return _sections.ForFile(manifest.Path, warningsAsErrors: false, outer);
    }

    private static Dictionary<string, string> GlobalRuleKeys(SyntaxTreeOptionsProvider? provider, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (provider is null) return keys;
        foreach (var rule in RuleRegistry.Descriptors)
        {
            if (provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out var report))
            {
                keys["dotnet_diagnostic." + rule.Id + ".severity"] = ToWord(report);
            }
        }
        return keys;
    }

    private static string ToWord(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => "error",
        ReportDiagnostic.Warn => "warning",
        ReportDiagnostic.Info => "suggestion",
        ReportDiagnostic.Hidden => "silent",
        ReportDiagnostic.Suppress => "none",
        _ => "default",
    };
}
