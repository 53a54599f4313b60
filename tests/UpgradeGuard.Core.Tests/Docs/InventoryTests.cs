using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Inventory;

namespace UpgradeGuard.Core.Tests.Docs;

/// <summary>
/// The generated inventory (README rule table, docs/rules/README.md, AnalyzerReleases.*.md, the analyzer's
/// DeclaredDescriptors.cs) against the rules. The command runs in a child process, as a contributor runs it: it reads
/// the shipped catalog, which this test host replaces with the fixture one.
/// </summary>
public sealed class InventoryTests
{
    [Fact]
    [Trait("Category", FixtureCatalog.ShippedCatalogCategory)]
    public void The_generated_inventory_is_current()
    {
        var (exitCode, output) = RunInventory("--check", "--root", RepositoryPaths.Root);
        Assert.True(exitCode == 0,
            $"The generated inventory is stale; regenerate it with the one command `{InventoryFiles.Command}` and commit the result.\n{output}");
    }

    [Fact]
    public void A_stale_inventory_fails_the_check_with_the_command_and_is_rewritten_by_it()
    {
        var root = Directory.CreateTempSubdirectory("ug-inventory-").FullName;
        try
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "README.md"), Path.Combine(root, "README.md"));
            var (missing, missingOutput) = RunInventory("--check", "--root", root);
            Assert.Equal(1, missing);
            Assert.Contains(InventoryFiles.UnshippedPath, missingOutput);

            Assert.Equal(0, RunInventory("--root", root).ExitCode);
            Assert.Equal(0, RunInventory("--check", "--root", root).ExitCode);

            var readme = Path.Combine(root, "README.md");
            File.WriteAllText(readme, File.ReadAllText(readme).Replace("| [UG2001](docs/rules/UG2001.md)", "| [UG2001](docs/rules/UG2001.md) stale", StringComparison.Ordinal));
            var (stale, staleOutput) = RunInventory("--check", "--root", root);
            Assert.Equal(1, stale);
            Assert.Contains("stale: README.md.", staleOutput);
            Assert.Contains("Regenerate it with: " + InventoryFiles.Command, staleOutput);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Unshipped_lists_the_rules_added_removed_and_changed_since_the_last_release()
    {
        var shipped = AnalyzerReleases.EmptyShipped + """

            ## Release 0.1.0

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            UG1001 | Manifest | Error | File is not valid YAML
            UG2001 | UpgradePath | Error | Unsupported upgrade hop
            UG9001 | Manifest | Warning | Gone

            """.Replace("\r\n", "\n");
        var descriptors = new[]
        {
            Descriptor("UG1001", Severity.Error, RuleCategories.Manifest),
            Descriptor("UG2001", Severity.Warning, RuleCategories.UpgradePath),
            Descriptor("UG2008", Severity.Info, RuleCategories.UpgradePath),
        };

        var unshipped = AnalyzerReleases.Unshipped(shipped, descriptors);

        Assert.Contains("### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nUG2008 | UpgradePath | Info | Title of UG2008\n", unshipped);
        Assert.Contains("### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nUG9001 | Manifest | Warning | removed\n", unshipped);
        Assert.Contains("### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n--------|--------------|--------------|--------------|--------------|-------\n", unshipped);
        Assert.Contains("UG2001 | UpgradePath | Warning | UpgradePath | Error | Title of UG2001\n", unshipped);
        Assert.DoesNotContain("UG1001", unshipped);
    }

    [Fact]
    public void A_release_moves_the_unshipped_rules_into_the_shipped_file()
    {
        var descriptors = new[] { Descriptor("UG1001", Severity.Error, RuleCategories.Manifest), Descriptor("UG5001", Severity.Warning, RuleCategories.Schedule) };
        var shipped = AnalyzerReleases.Release(AnalyzerReleases.EmptyShipped, descriptors, "0.1.0");

        Assert.Contains("\n## Release 0.1.0\n\n### New Rules\n", shipped);
        Assert.Equal(new[] { "UG1001", "UG5001" }, AnalyzerReleases.LastShipped(shipped).Keys);
        Assert.DoesNotContain("###", AnalyzerReleases.Unshipped(shipped, descriptors));
        Assert.Throws<InvalidOperationException>(() => AnalyzerReleases.Release(shipped, descriptors, "0.2.0"));
    }

    private static RuleDescriptor Descriptor(string id, Severity severity, string category) =>
        new RuleDescriptor(id, "Title of " + id, severity, category, "Description of " + id);

    private static (int ExitCode, string Output) RunInventory(params string[] arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "upgradeguard-inventory.dll");
        Assert.True(File.Exists(tool), "upgradeguard-inventory.dll is not next to the tests: " + tool);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
