using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace UpgradeGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// <see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/> set up as the package sets up a project: no C# code, manifests,
/// catalogs and .editorconfig files as additional files with the metadata the props make visible to the compiler.
/// </summary>
public sealed class ManifestAnalyzerTest : CSharpAnalyzerTest<UpgradeManifestAnalyzer, DefaultVerifier>
{
    public const string Root = "/repo/";

    private readonly List<(string Path, string[] Metadata)> _marked = new();
    private string _globalConfig = "";

    public ManifestAnalyzerTest()
    {
        TestCode = "";
        // No reference-assembly download: an empty compilation needs only the running runtime's core library.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
    }

    /// <summary>A manifest (markup allowed: <c>{|UG2001:5.6.0|}</c>) at <see cref="Root"/> + <paramref name="path"/>.</summary>
    public ManifestAnalyzerTest Manifest(string path, string text) => Additional(path, text, "UpgradeGuardManifest");

    /// <summary>A manifest as the package's default glob adds it: marked, and marked as discovered.</summary>
    public ManifestAnalyzerTest Discovered(string path, string text) => Additional(path, text, "UpgradeGuardManifest", "UpgradeGuardDiscovered");

    public ManifestAnalyzerTest Catalog(string path, string text) => Additional(path, text, "UpgradeGuardCatalog");

    /// <summary>An additional file with no UpgradeGuard metadata (as any other project file would be).</summary>
    public ManifestAnalyzerTest Unmarked(string path, string text)
    {
        TestState.AdditionalFiles.Add((Root + path, text));
        return this;
    }

    /// <summary>An .editorconfig as the targets pass it: to the compiler, and to the analyzer as a marked additional file.</summary>
    public ManifestAnalyzerTest EditorConfig(string path, string text)
    {
        TestState.AnalyzerConfigFiles.Add((Root + path, text));
        return Additional(path, text, "UpgradeGuardEditorConfig");
    }

    /// <summary>A .globalconfig file above the manifests as the targets pass it: to the compiler, and to the analyzer as a marked additional file.</summary>
    public ManifestAnalyzerTest GlobalConfigFile(string path, string text)
    {
        TestState.AnalyzerConfigFiles.Add((Root + path, text));
        return Additional(path, text, "UpgradeGuardGlobalConfig");
    }

    /// <summary>Top-level keys of a .globalconfig the compiler is given.</summary>
    public ManifestAnalyzerTest GlobalConfig(string text)
    {
        _globalConfig += text.TrimEnd() + "\n";
        return this;
    }

    public ManifestAnalyzerTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>Adds the generated global config (what GenerateMSBuildEditorConfig writes) and runs the test.</summary>
    public new System.Threading.Tasks.Task RunAsync(System.Threading.CancellationToken cancellationToken = default)
    {
        var config = new StringBuilder("is_global = true\n").Append(_globalConfig);
        // One section per file, as GenerateMSBuildEditorConfig writes it, even when the file is listed twice.
        foreach (var group in _marked.GroupBy(marked => marked.Path))
        {
            config.Append('[').Append(Root).Append(group.Key).Append("]\n");
            foreach (var metadata in group.SelectMany(marked => marked.Metadata).Distinct())
            {
                config.Append("build_metadata.AdditionalFiles.").Append(metadata).Append(" = true\n");
            }
        }
        TestState.AnalyzerConfigFiles.Add((Root + "obj/Project.GeneratedMSBuildEditorConfig.editorconfig", config.ToString()));
        return base.RunAsync(cancellationToken);
    }

    private ManifestAnalyzerTest Additional(string path, string text, params string[] metadata)
    {
        TestState.AdditionalFiles.Add((Root + path, text));
        _marked.Add((path, metadata));
        return this;
    }

    /// <summary>The expected diagnostic <paramref name="id"/> at a 1-based span of <see cref="Root"/> + <paramref name="path"/>.</summary>
    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity, string path, int line, int column, int endLine, int endColumn) =>
        new DiagnosticResult(id, severity).WithSpan(Root + path, line, column, endLine, endColumn);

    public static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r'));
}
