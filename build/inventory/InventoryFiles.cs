using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Inventory;

/// <summary>Every generated file of the inventory, written from the engine's descriptors (<see cref="RuleRegistry.Descriptors"/>).</summary>
public static class InventoryFiles
{
    /// <summary>The one command that regenerates everything; the staleness test prints it.</summary>
    public const string Command = "dotnet run --project build/inventory";

    public const string ReadmePath = "README.md";
    public const string RulePagesIndexPath = "docs/rules/README.md";
    public const string ShippedPath = "src/UpgradeGuard.Analyzers/AnalyzerReleases.Shipped.md";
    public const string UnshippedPath = "src/UpgradeGuard.Analyzers/AnalyzerReleases.Unshipped.md";
    public const string AnalyzerDescriptorsPath = "src/UpgradeGuard.Analyzers/DeclaredDescriptors.cs";

    /// <summary>
    /// The inventory as it should be for the repository at <paramref name="root"/> (whose README and shipped releases it
    /// reads). With <paramref name="release"/>, the unshipped rules move into the shipped file as that release.
    /// </summary>
    public static IReadOnlyList<GeneratedFile> Generate(string root, IReadOnlyList<RuleDescriptor> descriptors, string? release = null)
    {
        var shipped = ReadOrNull(root, ShippedPath) ?? AnalyzerReleases.EmptyShipped;
        if (release is not null) shipped = AnalyzerReleases.Release(shipped, descriptors, release);
        var readme = ReadOrNull(root, ReadmePath) ?? throw new InvalidOperationException($"{ReadmePath} is missing under {root}");
        return new[]
        {
            new GeneratedFile(ReadmePath, ReadmeRuleTable.Update(readme, descriptors)),
            new GeneratedFile(RulePagesIndexPath, RulePagesIndex.Generate(descriptors)),
            new GeneratedFile(ShippedPath, shipped),
            new GeneratedFile(UnshippedPath, AnalyzerReleases.Unshipped(shipped, descriptors)),
            new GeneratedFile(AnalyzerDescriptorsPath, AnalyzerDescriptorsSource.Generate(descriptors)),
        };
    }

    /// <summary>The generated files whose text differs from the file on disk (or that are missing).</summary>
    public static IReadOnlyList<GeneratedFile> Stale(string root, IEnumerable<GeneratedFile> files) =>
        files.Where(file => ReadOrNull(root, file.Path) != file.Text).ToList();

    public static string FullPath(string root, string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));

    private static string? ReadOrNull(string root, string path)
    {
        var full = FullPath(root, path);
        return File.Exists(full) ? File.ReadAllText(full).Replace("\r\n", "\n") : null;
    }
}
