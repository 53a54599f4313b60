using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace UpgradeGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// <see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/> set up as the package sets up a project: no C# code, manifests,
/// catalogs and .editorconfig files as additional files, and what each of them is in the package's list file (one
/// more additional file, marked by its section of the generated .editorconfig). <see cref="WithPerFileMetadata"/> marks
/// each file by its own metadata instead, the other way the analyzer takes.
/// </summary>
public sealed class ManifestAnalyzerTest : CSharpAnalyzerTest<UpgradeManifestAnalyzer, DefaultVerifier>
{
    public const string Root = "/repo/";

    private readonly List<(string Path, string[] Metadata)> _marked = new();
    private string _globalConfig = "";
    private bool _perFileMetadata;
    private readonly List<string> _extraListLines = new();

    /// <summary>Where the package's targets write the list, relative to <see cref="Root"/>.</summary>
    public const string FileListPath = "obj/Debug/net10.0/Project.csproj.UpgradeGuard.files";

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

    /// <summary>Marks each file with <c>build_metadata.AdditionalFiles.UpgradeGuard* = true</c> rather than listing it.</summary>
    public ManifestAnalyzerTest WithPerFileMetadata()
    {
        _perFileMetadata = true;
        return this;
    }

    /// <summary>A line added to the end of the package's list file, as written (a test of lines the analyzer cannot read).</summary>
    public ManifestAnalyzerTest FileListLine(string line)
    {
        _extraListLines.Add(line);
        return this;
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
        if (_perFileMetadata)
        {
            // One section per file, as GenerateMSBuildEditorConfig writes it, even when the file is listed twice.
            foreach (var group in _marked.GroupBy(marked => marked.Path))
            {
                config.Append('[').Append(Root).Append(group.Key).Append("]\n");
                foreach (var metadata in group.SelectMany(marked => marked.Metadata).Distinct())
                {
                    config.Append("build_metadata.AdditionalFiles.").Append(metadata).Append(" = true\n");
                }
            }
        }
        else if (_marked.Count > 0 || _extraListLines.Count > 0)
        {
            var list = new StringBuilder();
            foreach (var (path, metadata) in _marked) list.Append(Role(metadata)).Append(':').Append(Root).Append(path).Append('\n');
            foreach (var line in _extraListLines) list.Append(line).Append('\n');
            TestState.AdditionalFiles.Add((Root + FileListPath, list.ToString()));
            config.Append('[').Append(Root).Append(FileListPath).Append("]\n").Append("build_metadata.UpgradeGuardAnalyzerInput.Role = file-list\n");
        }
        TestState.AnalyzerConfigFiles.Add((Root + "obj/Project.GeneratedMSBuildEditorConfig.editorconfig", config.ToString()));
        return base.RunAsync(cancellationToken);
    }

    /// <summary>The role the package's targets write for a file with this metadata.</summary>
    private static string Role(string[] metadata) =>
        metadata.Contains("UpgradeGuardDiscovered") ? "discovered-manifest"
        : metadata.Contains("UpgradeGuardManifest") ? "manifest"
        : metadata.Contains("UpgradeGuardCatalog") ? "catalog"
        : metadata.Contains("UpgradeGuardEditorConfig") ? "editorconfig"
        : "globalconfig";

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
