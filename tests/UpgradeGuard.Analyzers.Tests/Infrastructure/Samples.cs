namespace UpgradeGuard.Analyzers.Tests.Infrastructure;

/// <summary>Test data in the analyzer test library's markup (the plain shared data is in tests/Shared).</summary>
public static class Samples
{
    /// <summary>A catalog with an unknown key (<c>color</c>, at 1:73).</summary>
    public const string BadCatalog = """
        products: [{id: secure-workspace, upgrades: [{from: [5.6.0], to: 5.7.0, {|UG1002:color|}: blue}]}]

        """;
}
