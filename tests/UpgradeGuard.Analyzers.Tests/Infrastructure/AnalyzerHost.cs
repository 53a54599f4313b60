using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace UpgradeGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the analyzer the way the compiler does (<see cref="CompilationWithAnalyzers"/>), without a workspace: fast
/// enough for the whole corpus, and it takes additional files that misbehave.
/// </summary>
public static class AnalyzerHost
{
    /// <summary>The analyzer's diagnostics, and any exception it let escape (which the compiler would report as AD0001).</summary>
    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> AnalyzerExceptions);

    public static Task<Result> RunAsync(IEnumerable<AdditionalText> manifests, CompilationOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(manifests.Select(file => (file, new[] { "UpgradeGuardManifest" })), options, cancellationToken);

    /// <summary>Additional files, each with the metadata set to <c>true</c> for it (<c>UpgradeGuardManifest</c>, <c>UpgradeGuardDiscovered</c>, ...).</summary>
    public static Task<Result> RunAsync(IEnumerable<(AdditionalText File, string[] Metadata)> marked, CompilationOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(new UpgradeManifestAnalyzer(), marked, options, fileOptions: null, cancellationToken);

    /// <summary>
    /// With this analyzer (e.g. one with a cache of its own). Files named <c>*.catalog.yaml</c> are marked as catalogs,
    /// the others as manifests; <paramref name="fileOptions"/> are added to every file's options (severity keys).
    /// </summary>
    public static Task<Result> RunAsync(UpgradeManifestAnalyzer analyzer, IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? fileOptions = null) =>
        RunAsync(analyzer, files.Select(file => (file, new[] { file.Path.EndsWith(".catalog.yaml", StringComparison.Ordinal) ? "UpgradeGuardCatalog" : "UpgradeGuardManifest" })), null, fileOptions, default);

    /// <summary>With this analyzer and these marked files (a metadata name of <c>file-list</c> marks the package's list file).</summary>
    public static Task<Result> RunAsync(UpgradeManifestAnalyzer analyzer, IEnumerable<(AdditionalText File, string[] Metadata)> marked) =>
        RunAsync(analyzer, marked, null, null, default);

    private static async Task<Result> RunAsync(UpgradeManifestAnalyzer analyzer, IEnumerable<(AdditionalText File, string[] Metadata)> marked, CompilationOptions? options,
        IReadOnlyDictionary<string, string>? fileOptions, CancellationToken cancellationToken)
    {
        var markedFiles = marked.ToList();
        var files = markedFiles.Select(m => m.File).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Manifests", Array.Empty<SyntaxTree>(),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            (CSharpCompilationOptions?)options ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new ConcurrentQueue<Exception>();
        var analyzerOptions = new AnalyzerOptions(files, new MarkedAsManifests(markedFiles, fileOptions));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(analyzerOptions, (exception, _, _) => exceptions.Enqueue(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        return new Result(diagnostics, exceptions.ToList());
    }

    public static AdditionalText Manifest(string path, string text) => new InMemoryText(path, SourceText.From(text));

    public static AdditionalText Manifest(string path, SourceText text) => new InMemoryText(path, text);

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Each additional file carries its metadata (<c>UpgradeGuardManifest = true</c>, ...), as the package's props set it.</summary>
    private sealed class MarkedAsManifests : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        private readonly Dictionary<AdditionalText, AnalyzerConfigOptions> _files = new();

        public MarkedAsManifests(IEnumerable<(AdditionalText File, string[] Metadata)> files, IReadOnlyDictionary<string, string>? fileOptions = null)
        {
            foreach (var (file, metadata) in files)
            {
                var values = metadata.ToDictionary(
                    name => name == "file-list" ? "build_metadata.UpgradeGuardAnalyzerInput.Role" : "build_metadata.AdditionalFiles." + name,
                    name => name == "file-list" ? "file-list" : "true");
                foreach (var pair in fileOptions ?? new Dictionary<string, string>()) values[pair.Key] = pair.Value;
                _files[file] = new Options(values);
            }
        }

        public override AnalyzerConfigOptions GlobalOptions => Empty;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _files.TryGetValue(textFile, out var options) ? options : Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
