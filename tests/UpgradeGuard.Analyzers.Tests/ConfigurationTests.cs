using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using Xunit;
using static UpgradeGuard.Analyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>A user's severity setting wins, whatever the route: .globalconfig, .editorconfig sections, NoWarn, comments.</summary>
public sealed class ConfigurationTests
{
    private const string LabPath = "clusters/lab/lab.upgrade.yaml";
    private const string OfficePath = "clusters/office.upgrade.yaml";
    private static readonly string LabManifest = SampleManifests.Lab("2026-12-01T10:00");

    private static DiagnosticResult Ug5001(string path, DiagnosticSeverity severity) => Diagnostic("UG5001", severity, path, 9, 10, 9, 26);

    [Fact]
    public Task Default_severity_is_warning()
    {
        return new ManifestAnalyzerTest().Manifest(LabPath, LabManifest).Expect(Ug5001(LabPath, DiagnosticSeverity.Warning)).RunAsync();
    }

    [Fact]
    public Task Globalconfig_raises_a_rule_to_error()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, LabManifest)
            .GlobalConfig("dotnet_diagnostic.UG5001.severity = error")
            .Expect(Ug5001(LabPath, DiagnosticSeverity.Error))
            .RunAsync();
    }

    [Fact]
    public Task Globalconfig_switches_a_rule_off()
    {
        return new ManifestAnalyzerTest().Manifest(LabPath, LabManifest).GlobalConfig("dotnet_diagnostic.UG5001.severity = none").RunAsync();
    }

    [Fact]
    public Task Globalconfig_category_key_applies_to_its_rules()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, LabManifest)
            .GlobalConfig("dotnet_analyzer_diagnostic.category-Schedule.severity = error")
            .Expect(Ug5001(LabPath, DiagnosticSeverity.Error))
            .RunAsync();
    }

    [Fact]
    public Task Editorconfig_section_applies_only_to_the_manifests_it_matches()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, LabManifest)
            .Manifest(OfficePath, LabManifest)
            .EditorConfig(".editorconfig", """
                root = true

                [clusters/lab/*.upgrade.yaml]
                dotnet_diagnostic.UG5001.severity = none

                """)
            .Expect(Ug5001(OfficePath, DiagnosticSeverity.Warning))
            .RunAsync();
    }

    [Fact]
    public Task Editorconfig_section_beats_globalconfig_as_for_csharp_files()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, LabManifest)
            .Manifest(OfficePath, LabManifest)
            .GlobalConfig("dotnet_diagnostic.UG5001.severity = suggestion")
            .EditorConfig("clusters/lab/.editorconfig", """
                [*.upgrade.yaml]
                dotnet_diagnostic.UG5001.severity = error

                """)
            .Expect(Ug5001(LabPath, DiagnosticSeverity.Error), Ug5001(OfficePath, DiagnosticSeverity.Info))
            .RunAsync();
    }

    [Fact]
    public Task Closer_editorconfig_wins_and_root_stops_the_search()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, LabManifest)
            .EditorConfig(".editorconfig", """
                [*.upgrade.yaml]
                dotnet_diagnostic.UG5001.severity = none

                """)
            .EditorConfig("clusters/.editorconfig", """
                root = true

                [*.upgrade.yaml]
                dotnet_diagnostic.UG5001.severity = error

                """)
            .Expect(Ug5001(LabPath, DiagnosticSeverity.Error))
            .RunAsync();
    }

    [Fact]
    public Task Editorconfig_section_category_key()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, LabManifest)
            .EditorConfig(".editorconfig", """
                [**/lab/*.upgrade.yaml]
                dotnet_analyzer_diagnostic.category-Schedule.severity = error

                """)
            .Expect(Ug5001(LabPath, DiagnosticSeverity.Error))
            .RunAsync();
    }

    [Fact]
    public Task NoWarn_suppresses_a_rule()
    {
        var test = new ManifestAnalyzerTest().Manifest(LabPath, LabManifest);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(
                options.SpecificDiagnosticOptions.SetItem("UG5001", ReportDiagnostic.Suppress)));
        });
        return test.RunAsync();
    }

    [Fact]
    public Task Suppression_comment_on_the_line()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, SampleManifests.Lab("2026-12-01T10:00   # upgrade-guard: disable-line UG5001 -- the lab is upgraded during office hours"))
            .RunAsync();
    }

    [Fact]
    public Task Suppression_comment_for_the_file_leaves_other_rules()
    {
        return new ManifestAnalyzerTest()
            .Manifest(LabPath, "# upgrade-guard: disable-file UG4001\n" + SampleManifests.Lab("{|UG5001:2026-12-01T10:00|}").Replace("    - snapshot: all\n", ""))
            .RunAsync();
    }
}
