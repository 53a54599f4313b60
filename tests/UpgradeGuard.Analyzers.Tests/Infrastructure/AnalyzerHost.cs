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
        RunAsync(new UpgradeManifestAnalyzer(), manifests, options, fileOptions: null, cancellationToken);

    /// <summary>
    /// With this analyzer (e.g. one with a cache of its own). Files named <c>*.catalog.yaml</c> are marked as catalogs,
    /// the others as manifests; <paramref name="fileOptions"/> are added to every file's options (severity keys).
    /// </summary>
    public static async Task<Result> RunAsync(UpgradeManifestAnalyzer analyzer, IEnumerable<AdditionalText> manifests, CompilationOptions? options = null,
        IReadOnlyDictionary<string, string>? fileOptions = null, CancellationToken cancellationToken = default)
    {
        var files = manifests.ToImmutableArray();
        var compilation = CSharpCompilation.Create("Manifests", Array.Empty<SyntaxTree>(),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            (CSharpCompilationOptions?)options ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new ConcurrentQueue<Exception>();
        var analyzerOptions = new AnalyzerOptions(files, new MarkedAsManifests(files, fileOptions));
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

    /// <summary>Every additional file carries <c>UpgradeGuardManifest = true</c>, as the package's props set it.</summary>
    private sealed class MarkedAsManifests : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        private readonly HashSet<AdditionalText> _files;
        private readonly AnalyzerConfigOptions _manifest;
        private readonly AnalyzerConfigOptions _catalog;

        public MarkedAsManifests(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? fileOptions = null)
        {
            _files = new HashSet<AdditionalText>(files);
            _manifest = new Options(With(fileOptions, "build_metadata.AdditionalFiles.UpgradeGuardManifest"));
            _catalog = new Options(With(fileOptions, "build_metadata.AdditionalFiles.UpgradeGuardCatalog"));
        }

        public override AnalyzerConfigOptions GlobalOptions => Empty;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            !_files.Contains(textFile) ? Empty : textFile.Path.EndsWith(".catalog.yaml", StringComparison.Ordinal) ? _catalog : _manifest;

        private static Dictionary<string, string> With(IReadOnlyDictionary<string, string>? options, string marker)
        {
            var values = options is null ? new Dictionary<string, string>() : options.ToDictionary(pair => pair.Key, pair => pair.Value);
            values[marker] = "true";
            return values;
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
