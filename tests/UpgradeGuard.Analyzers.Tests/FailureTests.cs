using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>The analyzer never throws: a failure on one file is UG0001 on that file, and the other files are still checked.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_failure_on_one_file_is_UG0001_there_and_not_AD0001()
    {
        var result = await AnalyzerHost.RunAsync(new[]
        {
            new ThrowingText("/repo/broken.upgrade.yaml"),
            AnalyzerHost.Manifest("/repo/lab.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00")),
        });

        Assert.Empty(result.AnalyzerExceptions);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AD0001");
        var internalError = Assert.Single(result.Diagnostics, d => d.Id == "UG0001");
        Assert.Equal("/repo/broken.upgrade.yaml", internalError.Location.GetLineSpan().Path);
        Assert.Contains("InvalidOperationException: the disk went away", internalError.GetMessage());
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, internalError.Severity);
        Assert.Single(result.Diagnostics, d => d.Id == "UG5001" && d.Location.GetLineSpan().Path == "/repo/lab.upgrade.yaml");
    }

    [Fact]
    public async Task A_manifest_the_compiler_decoded_with_a_fallback_code_page_is_UG1001()
    {
        // What the compiler does with Windows-1252 bytes: UTF-8 fails, the fallback encoding reads them.
        var bytes = System.Text.Encoding.Latin1.GetBytes("kind: UpgradePlan\nmetadata:\n  name: caf\u00e9\n");
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length, System.Text.Encoding.Latin1);
        var result = await AnalyzerHost.RunAsync(new[] { AnalyzerHost.Manifest("/repo/latin1.upgrade.yaml", text) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("UG1001", diagnostic.Id);
        Assert.Equal("the file is not valid UTF-8 (the compiler read it as iso-8859-1); save the file as UTF-8", diagnostic.GetMessage());
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            AnalyzerHost.RunAsync(new[] { AnalyzerHost.Manifest("/repo/lab.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00")) }, cancellationToken: cancelled.Token));
    }

    [Theory]
    [InlineData("alias bomb")]
    [InlineData("deep block nesting")]
    [InlineData("NUL byte")]
    [InlineData("lone surrogate")]
    [InlineData("tabs")]
    [InlineData("empty")]
    public async Task Hostile_input_gets_located_diagnostics_or_nothing(string name)
    {
        var text = name switch
        {
            "alias bomb" => "a: &a [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]\n")) + "kind: UpgradePlan\n",
            "deep block nesting" => "kind: UpgradePlan\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "k:\n")),
            "NUL byte" => "kind: UpgradePlan\ncluster:\0\n",
            "lone surrogate" => "kind: UpgradePlan\nmetadata:\n  name: \uD800x\n",
            "tabs" => "kind: UpgradePlan\ncluster:\n\tnodes: 3\n",
            _ => "",
        };
        var result = await AnalyzerHost.RunAsync(new[] { AnalyzerHost.Manifest("/repo/hostile.upgrade.yaml", text) });

        Assert.Empty(result.AnalyzerExceptions);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.StartsWith("UG", d.Id);
            Assert.NotEqual("UG0001", d.Id);
            Assert.True(d.Location.SourceSpan.End <= text.Length, $"{d} ends past the text");
        });
    }
}
