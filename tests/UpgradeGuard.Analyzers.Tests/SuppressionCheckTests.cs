using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using Xunit;
using static UpgradeGuard.Analyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>UG0002 and UG0003 in the IDE and the build: at the comment of the manifest, or at the line of the configuration file.</summary>
public sealed class SuppressionCheckTests
{
    private const string LabPath = "clusters/lab/lab.upgrade.yaml";

    [Fact]
    public Task A_comment_that_cannot_be_read_is_UG0002_and_the_finding_stays()
    {
        var comment = "# upgrade-guard: disable-lines UG5001";
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, SampleManifests.Lab("2026-12-01T10:00   " + comment))
            .Expect(
                Diagnostic("UG5001", DiagnosticSeverity.Warning, LabPath, 9, 10, 9, 26),
                Diagnostic("UG0002", DiagnosticSeverity.Warning, LabPath, 9, 29, 9, 29 + comment.Length))
            .RunAsync();
    }

    [Fact]
    public Task A_comment_that_suppresses_nothing_is_UG0003()
    {
        var comment = "# upgrade-guard: disable-line UG5001, UG2006";
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, SampleManifests.Lab("2026-12-01T10:00   " + comment))
            .Expect(Diagnostic("UG0003", DiagnosticSeverity.Info, LabPath, 9, 29, 9, 29 + comment.Length).WithArguments("UG2006 in this 'disable-line' suppresses nothing: no UG2006 finding on line 9; remove that id"))
            .RunAsync();
    }

    [Fact]
    public Task An_editorconfig_entry_that_cannot_be_read_is_UG0002_at_its_line()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, SampleManifests.Lab("2026-12-01T10:00"))
            .EditorConfig(".editorconfig", "root = true\n\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = eror\ndotnet_diagnostic.UG50001.severity = none\n")
            .Expect(
                Diagnostic("UG5001", DiagnosticSeverity.Warning, LabPath, 9, 10, 9, 26),
                Diagnostic("UG0002", DiagnosticSeverity.Warning, ".editorconfig", 4, 1, 4, 41),
                Diagnostic("UG0002", DiagnosticSeverity.Warning, ".editorconfig", 5, 1, 5, 42))
            .RunAsync();
    }

    [Fact]
    public Task A_globalconfig_entry_that_cannot_be_read_is_UG0002_at_its_line_at_the_severity_it_configures_for_itself()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, SampleManifests.Lab("2026-12-01T10:00"))
            .GlobalConfigFile(".globalconfig", "is_global = true\ndotnet_diagnostic.UG0002.severity = error\ndotnet_diagnostic.UG9999.severity = error\n")
            .Expect(
                Diagnostic("UG5001", DiagnosticSeverity.Warning, LabPath, 9, 10, 9, 26),
                Diagnostic("UG0002", DiagnosticSeverity.Error, ".globalconfig", 3, 1, 3, 42))
            .RunAsync();
    }
}
