using System.Threading.Tasks;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using static UpgradeGuard.Analyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>
/// Files of the package's default glob (<c>UpgradeGuardDiscovered = true</c>) follow the one discovery rule, as a folder
/// given to <c>upgrade-guard check</c>: another tool's <c>*.upgrade.yaml</c> is skipped, a misspelt kind is UG1003.
/// A manifest added by hand (no such metadata) is always checked.
/// </summary>
public sealed class DiscoveryTests
{
    private const string Checklist = "# Go-live checklist\nkind: UpgradeChecklist\nitems: [backup, notify]\n";

    [Fact]
    public Task Another_tools_file_found_by_the_glob_gets_nothing()
    {
        return new ManifestAnalyzerTest()
            .Discovered("clusters/staging/go-live-checklist.upgrade.yaml", Checklist)
            .Discovered("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab("{|UG5001:2026-12-01T10:00|}"))
            .RunAsync();
    }

    [Fact]
    public Task The_same_file_added_by_hand_is_UG1003()
    {
        return new ManifestAnalyzerTest()
            .Manifest("clusters/staging/go-live-checklist.upgrade.yaml", "# Go-live checklist\nkind: {|UG1003:UpgradeChecklist|}\nitems: [backup, notify]\n")
            .RunAsync();
    }

    [Fact]
    public Task A_misspelt_kind_found_by_the_glob_is_UG1003()
    {
        return new ManifestAnalyzerTest()
            .Discovered("clusters/staging/staging.upgrade.yaml", SampleManifests.Lab().Replace("kind: UpgradePlan", "kind: {|UG1003:UpgradePlna|}"))
            .RunAsync();
    }

    [Fact]
    public Task A_file_found_by_the_glob_that_is_not_YAML_is_UG1001()
    {
        return new ManifestAnalyzerTest()
            .Discovered("clusters/broken.upgrade.yaml", "apiVersion: upgradeguard/v1\nkind: UpgradePlan\nmetadata:\n  name: a{|UG1001::|} b\n")
            .RunAsync();
    }
}
