using System.IO;
using System.Runtime.CompilerServices;
using UpgradeGuard.Core.Catalog;

namespace UpgradeGuard.Tests.Shared;

/// <summary>
/// The frozen catalog every test runs against (tests/fixtures/README.md). Compiled into each test project, whose module
/// initializer makes it the engine's built-in catalog before any test runs, so a new release in the shipped data
/// changes no test. Only tests with <c>[Trait("Category", "ShippedCatalog")]</c> read the shipped file
/// (<see cref="CatalogLoader.Shipped"/>). Processes a test starts get the same file as a replacing catalog
/// (<c>replacesBuiltIn: true</c>): <c>--catalog</c> on the command line, an <c>UpgradeCatalog</c> item in a build.
/// </summary>
public static class FixtureCatalog
{
    public const string ShippedCatalogCategory = "ShippedCatalog";

    /// <summary>The fixture file: tests/fixtures/catalog/secure-workspace.catalog.yaml.</summary>
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "catalog", "secure-workspace.catalog.yaml");

    public static string Text => File.ReadAllText(Path);

#pragma warning disable CA2255 // a module initializer in a test assembly: the whole point is that it runs before any test
    [ModuleInitializer]
    internal static void PinBuiltInCatalog() => CatalogLoader.ReplaceBuiltIn(File.ReadAllText(Path));
#pragma warning restore CA2255
}
