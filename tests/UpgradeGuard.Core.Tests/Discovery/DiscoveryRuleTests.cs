using System;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Discovery;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Tests.Corpus;
using Samples = UpgradeGuard.Core.Tests.Engine.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Discovery;

/// <summary>
/// The spec's one discovery rule: a file found by its name is a manifest when its apiVersion starts with
/// <c>upgradeguard/</c> or its kind is <c>UpgradePlan</c>, and is then checked in full; a file with neither is skipped.
/// </summary>
public sealed class DiscoveryRuleTests
{
    private static readonly UpgradeGuardEngine Engine = new UpgradeGuardEngine();
    private static readonly AnalysisOptions Discovered = new AnalysisOptions { IsExplicit = false };

    [Fact]
    public void A_discovered_manifest_with_a_misspelt_kind_gets_UG1003_instead_of_a_silent_skip()
    {
        var result = Engine.Analyze("prod.upgrade.yaml", Samples.Clean.Replace("kind: UpgradePlan", "kind: UpgradePlna"), Discovered);

        Assert.False(result.IsSkipped);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("UG1003", finding.Id);
        Assert.Equal((2, 7, 2, 18), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal("kind 'UpgradePlna' is not 'UpgradePlan': this file is not an upgrade manifest", finding.Message);
    }

    [Fact]
    public void A_discovered_manifest_without_a_kind_gets_UG1003()
    {
        var result = Engine.Analyze("prod.upgrade.yaml", Samples.Clean.Replace("kind: UpgradePlan\n", ""), Discovered);
        Assert.Equal("UG1003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_discovered_file_of_kind_UpgradePlan_is_checked_whatever_its_apiVersion()
    {
        var result = Engine.Analyze("prod.upgrade.yaml", Samples.Clean.Replace("upgradeguard/v1", "example.com/v1"), Discovered);
        Assert.Equal("UG1004", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("apiVersion: UpgradeGuard/v1\nkind: Plan\n")]
    [InlineData("apiVersion: upgradeguard/v2\n")]
    [InlineData("kind: upgradeplan\n")]
    public void The_header_test_ignores_case_so_a_near_miss_is_reported(string header)
    {
        var result = Engine.Analyze("prod.upgrade.yaml", header + "cluster:\n  nodes: 1\n", Discovered);
        Assert.False(result.IsSkipped);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("kind: UpgradeChecklist\nitems: [a, b]\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\n")]
    [InlineData("- a list\n- of things\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("kind: UpgradeChecklist # upgrade-guard: disable-line UG9999\n")]
    public void A_discovered_file_with_neither_is_skipped_with_no_findings(string text)
    {
        var result = Engine.Analyze("checklist.upgrade.yaml", text, Discovered);
        Assert.True(result.IsSkipped);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_named_file_with_neither_is_not_skipped_but_gets_UG1003()
    {
        var result = Engine.Analyze("checklist.upgrade.yaml", "kind: UpgradeChecklist\n");
        Assert.False(result.IsSkipped);
        Assert.Equal("UG1003", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("apiVersion: [upgradeguard/v1\n")]
    [InlineData("kind: UpgradePlan\n\u0001\n")]
    public void A_discovered_file_that_is_not_YAML_is_reported_not_skipped(string text)
    {
        // It may be a broken manifest: nothing says it is another tool's file.
        var result = Engine.Analyze("prod.upgrade.yaml", text, Discovered);
        Assert.False(result.IsSkipped);
        Assert.Equal("UG1001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Every_corpus_file_gets_the_same_findings_discovered_as_named()
    {
        var files = Directory.EnumerateFiles(TestData.OutputRoot, "*.upgrade.y*ml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var named = Engine.Analyze(file, bytes).Diagnostics.Select(d => d.ToMsBuildString(file));
            var discovered = Engine.Analyze(file, bytes, Discovered).Diagnostics.Select(d => d.ToMsBuildString(file));
            Assert.Equal(named, discovered);
        }
    }

    [Theory]
    [InlineData("prod.upgrade.yaml", true)]
    [InlineData("lab.upgrade.yml", true)]
    [InlineData("LAB.Upgrade.YAML", true)]
    [InlineData("inventory.yaml", false)]
    [InlineData("upgrade.yaml", false)]
    [InlineData("prod.upgrade.yaml.bak", false)]
    public void Files_are_found_by_their_suffix(string name, bool found) => Assert.Equal(found, ManifestDiscovery.HasManifestName(name));

    [Fact]
    public void A_regular_file_and_a_folder_are_told_from_special_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ug-types-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "a.upgrade.yaml");
            File.WriteAllText(file, "kind: UpgradePlan\n");
            Assert.Equal(FileType.Regular, FileTypes.Of(file));
            Assert.Null(FileTypes.NotReadableReason(file));
            Assert.Equal(FileType.Regular, FileTypes.Of(Path.Combine(folder, "missing.upgrade.yaml")));
            if (!OperatingSystem.IsWindows()) Assert.Equal(FileType.Directory, FileTypes.Of(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void A_FIFO_and_a_device_are_special()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs and devices are Unix files");
        var folder = Path.Combine(Path.GetTempPath(), "ug-types-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var fifo = Path.Combine(folder, "x.upgrade.yaml");
            Fifo.Create(fifo);
            Assert.Equal(FileType.Fifo, FileTypes.Of(fifo));
            Assert.Equal("it is a named pipe (FIFO), not a regular file", FileTypes.NotReadableReason(fifo));
            Assert.Equal(FileType.CharacterDevice, FileTypes.Of("/dev/null"));
            Assert.True(FileTypes.IsSpecial(FileTypes.Of("/dev/zero")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
