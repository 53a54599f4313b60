using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Rules.Tool;
using EngineDiagnostic = UpgradeGuard.Core.Diagnostics.Diagnostic;
using Severity = UpgradeGuard.Core.Diagnostics.Severity;

namespace UpgradeGuard.Analyzers;

/// <summary>
/// Reports the engine's findings on the additional files marked as upgrade manifests, at the exact YAML node.
/// Catalogs marked as such join the built-in catalog. Never throws for a file: an unexpected failure is UG0001 on it.
/// The engine's findings are kept for the life of the compiler process (<see cref="ManifestAnalysisCache"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UpgradeManifestAnalyzer : DiagnosticAnalyzer
{
    private readonly ManifestAnalysisCache _cache;

    public UpgradeManifestAnalyzer()
        : this(ManifestAnalysisCache.Shared)
    {
    }

    /// <summary>With a cache of its own (tests count its engine calls).</summary>
    internal UpgradeManifestAnalyzer(ManifestAnalysisCache cache) => _cache = cache;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RoslynDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var provider = start.Options.AnalyzerConfigOptionsProvider;
        var kinds = AdditionalFileKinds.Of(start.Options.AdditionalFiles, provider, start.CancellationToken);
        if (kinds.Problems.Count == 0 && !kinds.Files.Any(pair => pair.Value == AdditionalFileKind.Manifest || pair.Value == AdditionalFileKind.Catalog)) return;

        // A file both found by the glob and added by hand is checked as named.
        var named = new HashSet<string>(
            kinds.Files.Where(pair => pair.Value == AdditionalFileKind.Manifest && !kinds.IsDiscovered(pair.Key)).Select(pair => pair.Key.Path),
            StringComparer.Ordinal);
        var session = new Session(_cache, kinds, named, provider, start.Compilation.Options, start.CancellationToken);
        start.RegisterAdditionalFileAction(session.Analyze);
    }

    /// <summary>What one compilation shares across its files: the catalogs and the configuration files.</summary>
    private sealed class Session
    {
        private readonly ManifestAnalysisCache _cache;
        private readonly AdditionalFileKinds _kinds;
        private readonly ISet<string> _named;
        private readonly CatalogEngine _engine;
        private readonly ManifestSeverities _severities;

        public Session(ManifestAnalysisCache cache, AdditionalFileKinds kinds, ISet<string> named, AnalyzerConfigOptionsProvider provider, CompilationOptions compilationOptions, CancellationToken cancellationToken)
        {
            _cache = cache;
            _kinds = kinds;
            _named = named;
            // A broken catalog is reported on itself; the manifests are checked against the catalogs that loaded.
            _engine = cache.EngineFor(Texts(AdditionalFileKind.Catalog, cancellationToken).ToList());
            _severities = new ManifestSeverities(provider, compilationOptions, Texts(AdditionalFileKind.EditorConfig, cancellationToken), cancellationToken);
        }

        public void Analyze(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            var kind = _kinds.KindOf(file);
            if (kind == AdditionalFileKind.FileList)
            {
                foreach (var problem in _kinds.Problems.Where(problem => problem.FilePath == file.Path)) context.ReportDiagnostic(ToRoslyn(problem));
            }
            else if (kind == AdditionalFileKind.Catalog)
            {
                foreach (var problem in _engine.CatalogProblems[file.Path]) context.ReportDiagnostic(ToRoslyn(problem));
            }
            else if (kind == AdditionalFileKind.Manifest)
            {
                AnalyzeManifest(context, file);
            }
            else if (kind == AdditionalFileKind.EditorConfig || kind == AdditionalFileKind.GlobalConfig)
            {
                AnalyzeConfiguration(context, file);
            }
        }

        /// <summary>UG0002 for the severity entries of a configuration file that cannot be read, at their lines.</summary>
        private void AnalyzeConfiguration(AdditionalFileAnalysisContext context, AdditionalText file)
        {
            try
            {
                var text = file.GetText(context.CancellationToken);
                if (text is null) return; // as the compiler, a configuration file that cannot be read configures nothing
                var severity = _severities.For(file).Effective(InvalidSuppressionRule.Descriptor);
                foreach (var problem in ConfigurationProblems.Diagnostics(file.Path, text.ToString(), severity)) context.ReportDiagnostic(ToRoslyn(problem));
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                context.ReportDiagnostic(AtFileStart(file.Path, RuleRegistry.InternalError, RuleRegistry.InternalErrorMessage(ex)));
            }
        }

        private void AnalyzeManifest(AdditionalFileAnalysisContext context, AdditionalText file)
        {
            IReadOnlyList<EngineDiagnostic> diagnostics;
            try
            {
                var named = _named.Contains(file.Path);
                var severities = _severities.For(file);
                var stamp = _kinds.StampOf(file);
                // A build's list gives the file's modification time: unchanged since it was last analyzed, it is not read.
                if (stamp != null && _cache.TryGetStamped(_engine, file.Path, stamp, named, severities, out var kept))
                {
                    foreach (var diagnostic in kept) context.ReportDiagnostic(ToRoslyn(diagnostic));
                    return;
                }
                var text = file.GetText(context.CancellationToken);
                if (text is null)
                {
                    context.ReportDiagnostic(AtFileStart(file.Path, UpgradeGuard.Core.Manifests.ManifestFindings.InvalidYaml, "the file cannot be read; check that it exists and is readable"));
                    return;
                }
                if (text.Encoding is { } encoding && !IsUnicode(encoding))
                {
                    // The compiler falls back to a code page for bytes that are not UTF-8; the engine would only see mojibake.
                    context.ReportDiagnostic(AtFileStart(file.Path, UpgradeGuard.Core.Manifests.ManifestFindings.InvalidYaml,
                        $"the file is not valid UTF-8 (the compiler read it as {encoding.WebName}); save the file as UTF-8"));
                    return;
                }
                // The glob's files follow the discovery rule (another tool's *.upgrade.yaml is skipped); a hand-added one is always checked.
                diagnostics = _cache.Analyze(_engine, file.Path, text.ToString(), named, severities, context.CancellationToken, stamp);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                context.ReportDiagnostic(AtFileStart(file.Path, RuleRegistry.InternalError, RuleRegistry.InternalErrorMessage(ex)));
                return;
            }
            foreach (var diagnostic in diagnostics) context.ReportDiagnostic(ToRoslyn(diagnostic));
        }

        private static bool IsUnicode(System.Text.Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

        private IEnumerable<KeyValuePair<string, string>> Texts(AdditionalFileKind kind, CancellationToken cancellationToken)
        {
            foreach (var pair in _kinds.Files.Where(pair => pair.Value == kind).OrderBy(pair => pair.Key.Path, StringComparer.Ordinal))
            {
                var text = pair.Key.GetText(cancellationToken);
                if (text != null) yield return new KeyValuePair<string, string>(pair.Key.Path, text.ToString());
            }
        }
    }

    internal static Diagnostic ToRoslyn(EngineDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            diagnostic.FilePath,
            TextSpan.FromBounds(span.StartOffset, Math.Max(span.StartOffset, span.EndOffset)),
            new LinePositionSpan(new LinePosition(span.StartLine - 1, span.StartColumn - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        return Diagnostic.Create(
            RoslynDescriptors.For(diagnostic.Rule),
            location,
            RoslynDescriptors.ToRoslyn(diagnostic.Severity),
            additionalLocations: null,
            properties: null,
            diagnostic.Message);
    }

    private static Diagnostic AtFileStart(string path, UpgradeGuard.Core.Diagnostics.RuleDescriptor rule, string message) =>
        ToRoslyn(EngineDiagnostic.AtFileStart(rule, path, message));
}
