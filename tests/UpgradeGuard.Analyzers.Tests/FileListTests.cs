using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using static UpgradeGuard.Analyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>
/// How the analyzer learns what each additional file is: from the package's list file (one <c>role:path</c> line per
/// file, the file marked by <c>build_metadata.UpgradeGuardAnalyzerInput.Role = file-list</c>), which every other test
/// goes through, or from metadata on each file. A list it cannot read is UG0001 on the list, never a silent pass.
/// </summary>
public sealed class FileListTests
{
    private const string Checklist = "# Go-live checklist\nkind: UpgradeChecklist\nitems: [backup, notify]\n";

    [Fact]
    public Task Metadata_on_each_file_still_marks_manifests_and_the_glob_finds()
    {
        return new ManifestAnalyzerTest()
            .WithPerFileMetadata()
            .Discovered("clusters/staging/go-live-checklist.upgrade.yaml", Checklist)
            .Discovered("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab("{|UG5001:2026-12-01T10:00|}"))
            .Manifest("clusters/named.yaml", "# Go-live checklist\nkind: {|UG1003:UpgradeChecklist|}\nitems: [backup, notify]\n")
            .RunAsync();
    }

    [Fact]
    public Task A_file_listed_as_found_and_as_named_is_checked_as_named()
    {
        return new ManifestAnalyzerTest()
            .Discovered("clusters/staging/go-live-checklist.upgrade.yaml", "# Go-live checklist\nkind: {|UG1003:UpgradeChecklist|}\nitems: [backup, notify]\n")
            .FileListLine("manifest:" + Root + "clusters/staging/go-live-checklist.upgrade.yaml")
            .RunAsync();
    }

    [Fact]
    public Task A_path_spelt_with_dot_dot_segments_is_the_same_file()
    {
        return new ManifestAnalyzerTest()
            .Unmarked("shared/typo.yaml", "# Go-live checklist\nkind: {|UG1003:UpgradeChecklist|}\nitems: [backup, notify]\n")
            .FileListLine("manifest:" + Root + "clusters/./lab/../../shared/typo.yaml")
            .RunAsync();
    }

    [Fact]
    public Task An_additional_file_the_list_does_not_name_is_not_checked()
    {
        return new ManifestAnalyzerTest()
            .Unmarked("clusters/other.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00"))
            .Discovered("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab("{|UG5001:2026-12-01T10:00|}"))
            .RunAsync();
    }

    [Fact]
    public Task A_line_the_analyzer_cannot_read_is_UG0001_at_that_line_and_the_rest_is_checked()
    {
        var line = "manifset:" + Root + "clusters/typo.upgrade.yaml";
        return new ManifestAnalyzerTest()
            .Discovered("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab("{|UG5001:2026-12-01T10:00|}"))
            .FileListLine(line)
            .FileListLine("no role here")
            .Expect(
                Diagnostic("UG0001", DiagnosticSeverity.Error, FileListPath, 2, 1, 2, line.Length + 1)
                    .WithMessage($"line 2 of the package's list of manifests cannot be read (\"{line}\"); build the project again"),
                Diagnostic("UG0001", DiagnosticSeverity.Error, FileListPath, 3, 1, 3, "no role here".Length + 1)
                    .WithMessage("line 3 of the package's list of manifests cannot be read (\"no role here\"); build the project again"))
            .RunAsync();
    }

    [Fact]
    public Task A_line_with_a_time_is_read_and_one_whose_time_is_not_closed_is_UG0001()
    {
        var open = "discovered-manifest@2026-12-01 10:00:00.0000000:" + Root + "clusters/other.upgrade.yaml";
        return new ManifestAnalyzerTest()
            .Unmarked("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab("{|UG5001:2026-12-01T10:00|}"))
            .FileListLine("discovered-manifest@2026-12-01 10:00:00.0000000@:" + Root + "clusters/lab/lab.upgrade.yaml")
            .FileListLine(open)
            .Expect(Diagnostic("UG0001", DiagnosticSeverity.Error, FileListPath, 2, 1, 2, open.Length + 1))
            .RunAsync();
    }

    [Fact]
    public Task A_line_with_an_empty_time_is_read_as_a_line_without_one()
    {
        // MSBuild gives no modification time for a file that does not exist (yet): "manifest@@:path".
        return new ManifestAnalyzerTest()
            .Unmarked("clusters/named.yaml", "# Go-live checklist\nkind: {|UG1003:UpgradeChecklist|}\nitems: [backup, notify]\n")
            .FileListLine("manifest@@:" + Root + "clusters/named.yaml")
            .RunAsync();
    }

    [Fact]
    public Task An_editorconfig_named_in_the_list_sets_the_severity()
    {
        return new ManifestAnalyzerTest()
            .EditorConfig(".editorconfig", "root = true\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = none\n")
            .Discovered("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00"))
            .RunAsync();
    }
}
