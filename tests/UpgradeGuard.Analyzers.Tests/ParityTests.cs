using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using UpgradeGuard.Cli;
using Xunit;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>
/// For every manifest of the engine's corpus, the analyzer reports exactly what <c>upgrade-guard check --format json</c>
/// reports: ids, severities, positions and messages.
/// </summary>
public sealed class ParityTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryPaths.CorpusFiles()) data.Add(file);
        return data;
    }

    [Fact]
    public void The_corpus_is_there()
    {
        Assert.True(((IEnumerable<object[]>)CorpusFiles()).Count() >= 80, "the engine's testdata corpus was not found");
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Analyzer_reports_what_the_command_line_reports(string relativePath)
    {
        var fullPath = Path.Combine(RepositoryPaths.TestData, relativePath);
        var fromCli = CheckWithCli(fullPath);

        // The compiler reads the file as it reads any additional file: bytes decoded to a SourceText.
        using var stream = File.OpenRead(fullPath);
        var text = SourceText.From(stream, Encoding.UTF8, canBeEmbedded: true);
        var result = await AnalyzerHost.RunAsync(new[] { AnalyzerHost.Manifest(fullPath, text.ToString()) });
        Assert.Empty(result.AnalyzerExceptions);
        var fromAnalyzer = result.Diagnostics.Select(Line).OrderBy(l => l, StringComparer.Ordinal).ToList();

        Assert.Equal(fromCli, fromAnalyzer);
        // Lines and columns agree with the compiler's own line map of the text, too.
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Equal(text.Lines.GetLinePositionSpan(diagnostic.Location.SourceSpan), diagnostic.Location.GetLineSpan().Span);
        }
    }

    public static TheoryData<string> DiscoveredFiles() => DiscoveredFindings.FilesData();

    /// <summary>
    /// As the package's glob hands them over (<c>UpgradeGuardDiscovered = true</c>, with the .editorconfig files above),
    /// every file of samples/ and the testdata gets what <c>upgrade-guard check</c> of its folder reports; the go-live
    /// checklist gets nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(DiscoveredFiles))]
    public async Task A_glob_file_gets_what_check_of_its_folder_reports(string relativePath)
    {
        var fullPath = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, relativePath));
        var files = new List<(AdditionalText, string[])>
        {
            (AnalyzerHost.Manifest(fullPath, SourceText.From(File.ReadAllBytes(fullPath), File.ReadAllBytes(fullPath).Length, Encoding.UTF8, canBeEmbedded: true)), new[] { "UpgradeGuardManifest", "UpgradeGuardDiscovered" }),
        };
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(fullPath)!); directory != null; directory = directory.Parent)
        {
            var editorConfig = Path.Combine(directory.FullName, ".editorconfig");
            if (File.Exists(editorConfig)) files.Add((AnalyzerHost.Manifest(editorConfig, File.ReadAllText(editorConfig)), new[] { "UpgradeGuardEditorConfig" }));
        }

        var result = await AnalyzerHost.RunAsync(files);

        Assert.Empty(result.AnalyzerExceptions);
        Assert.Equal(DiscoveredFindings.For(fullPath), result.Diagnostics.Select(Line).OrderBy(l => l, StringComparer.Ordinal).ToList());
    }

    private static List<string> CheckWithCli(string fullPath)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = Cli.Cli.Run(new[] { "check", "--format", "json", fullPath }, new CliEnvironment(output, error, Path.GetDirectoryName(fullPath)));
        Assert.True(exitCode is 0 or 1, $"check exited {exitCode}: {error}");
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => Line(
                d.GetProperty("id").GetString()!,
                d.GetProperty("severity").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
                d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32(),
                d.GetProperty("message").GetString()!))
            .OrderBy(l => l, StringComparer.Ordinal).ToList();
    }

    private static string Line(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan().Span;
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        return Line(diagnostic.Id, severity, span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1, diagnostic.GetMessage());
    }

    private static string Line(string id, string severity, int line, int column, int endLine, int endColumn, string message) =>
        $"{line}:{column}-{endLine}:{endColumn} {severity} {id}: {message}";
}
