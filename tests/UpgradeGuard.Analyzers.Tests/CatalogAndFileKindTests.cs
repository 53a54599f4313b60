using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using Xunit;
using static UpgradeGuard.Analyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace UpgradeGuard.Analyzers.Tests;

public sealed class CatalogAndFileKindTests
{
    [Fact]
    public Task Without_a_catalog_an_unknown_version_is_reported()
    {
        return new ManifestAnalyzerTest().Manifest("to570.upgrade.yaml", NextRelease.Manifest("{|UG2002:5.7.0|}", "{|UG2002:5.7.0|}")).RunAsync();
    }

    [Fact]
    public Task A_catalog_additional_file_joins_the_built_in_catalog()
    {
        return new ManifestAnalyzerTest()
            .Manifest("to570.upgrade.yaml", NextRelease.Manifest("5.7.0", "5.7.0"))
            .Catalog("catalogs/next.catalog.yaml", NextRelease.Catalog)
            .RunAsync();
    }

    [Fact]
    public Task A_broken_catalog_is_reported_on_itself_and_the_manifests_are_still_checked()
    {
        return new ManifestAnalyzerTest()
            .Manifest("to570.upgrade.yaml", NextRelease.Manifest("{|UG2002:5.7.0|}", "{|UG2002:5.7.0|}"))
            .Catalog("catalogs/next.catalog.yaml", Samples.BadCatalog)
            .RunAsync();
    }

    [Fact]
    public Task An_additional_file_that_is_not_marked_is_ignored()
    {
        // Broken YAML with a manifest's name: only UpgradeManifest items are the analyzer's business.
        return new ManifestAnalyzerTest()
            .Unmarked("notes.upgrade.yaml", "kind: UpgradePlan\nsteps: [unclosed\n")
            .Unmarked("appsettings.json", "{ \"not\": \"yaml\" ")
            .RunAsync();
    }

    [Fact]
    public Task A_marked_file_that_is_not_an_upgrade_plan_is_UG1003()
    {
        return new ManifestAnalyzerTest()
            .Manifest("checklist.upgrade.yaml", "apiVersion: upgradeguard/v1\nkind: {|UG1003:UpgradeChecklist|}\nitems: [backup, notify]\n")
            .RunAsync();
    }

    [Fact]
    public Task A_manifest_that_would_crash_a_naive_parser_is_reported_without_AD0001()
    {
        // 5,000 nested flow sequences and then garbage: a recursive parser overflows its stack here.
        var deep = new string('[', 5000) + new string(']', 5000);
        return new ManifestAnalyzerTest()
            .Manifest("deep.upgrade.yaml", "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: " + deep + "\n")
            .Expect(Diagnostic("UG1001", DiagnosticSeverity.Error, "deep.upgrade.yaml", 3, 265, 3, 266))
            .RunAsync();
    }
}
