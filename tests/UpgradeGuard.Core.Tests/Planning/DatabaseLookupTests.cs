using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>ProductCatalog.LookupDatabase, engine version aliases and EngineRange bounds.</summary>
public sealed class DatabaseLookupTests
{
    private static EngineInfo Engine(string id) => SecureWorkspace.Engines[id];

    private static EngineVersion EV(string engine, string text) => Engine(engine).Resolve(text) ?? throw new System.ArgumentException(text);

    [Theory]
    // SQL Server 2019 (15.0) is the one version supported on both sides of the 5.5 boundary.
    [InlineData("5.4.4", "2019", true)]
    [InlineData("5.5.1", "2019", true)]
    [InlineData("5.6.0", "2019", true)]
    [InlineData("5.6.0", "15.0", true)]
    // 2016 (13.0): 5.0-5.4 only.
    [InlineData("5.3.2", "2016", true)]
    [InlineData("5.4.4", "2016", true)]
    [InlineData("5.5.1", "2016", false)]
    [InlineData("5.6.0", "2016", false)]
    // 2017 (14.0) inside 13.0-15.0, below 15.0-16.0.
    [InlineData("5.4.0", "2017", true)]
    [InlineData("5.6.0", "2017", false)]
    // 2022 (16.0): 5.5 and later only.
    [InlineData("5.4.4", "2022", false)]
    [InlineData("5.5.1", "2022", true)]
    [InlineData("5.6.0", "16.0", true)]
    // Older and newer than anything listed.
    [InlineData("5.0.6", "2014", false)]
    [InlineData("5.6.0", "2025", false)]
    // A full build compares on the bound's own components: 15.0.4123 is a 15.0 build.
    [InlineData("5.4.4", "15.0.4123", true)]
    [InlineData("5.5.1", "15.0.4123", true)]
    [InlineData("5.6.0", "16.0.1000.6", true)]
    [InlineData("5.4.4", "15.1", false)]
    [InlineData("5.4.4", "12.0.6024", false)]
    public void Sql_server_ranges(string clusterVersion, string databaseVersion, bool supported)
    {
        var lookup = SecureWorkspace.LookupDatabase(V(clusterVersion), "sqlserver");

        Assert.True(lookup.IsCovered);
        Assert.True(lookup.IsEngineSupported);
        Assert.Equal(supported, lookup.Contains(EV("sqlserver", databaseVersion)));
    }

    [Theory]
    [InlineData("5.5.1")]
    [InlineData("5.6.0")]
    public void PostgreSql_and_Azure_SQL_are_unsupported_from_55(string clusterVersion)
    {
        foreach (var engine in new[] { "postgresql", "azure-sql" })
        {
            var lookup = SecureWorkspace.LookupDatabase(V(clusterVersion), engine);
            Assert.True(lookup.IsCovered);
            Assert.False(lookup.IsEngineSupported);
            Assert.NotNull(lookup.Ranges);
            Assert.Empty(lookup.Ranges!);
        }
    }

    [Theory]
    [InlineData("5.0.6", "postgresql", "9.4", true)]
    [InlineData("5.4.4", "postgresql", "9.4", true)]
    [InlineData("5.4.4", "postgresql", "9.6", true)]
    [InlineData("5.4.4", "postgresql", "13", true)]
    [InlineData("5.4.4", "postgresql", "16.2", true)]
    [InlineData("5.4.4", "postgresql", "9.3", false)]
    [InlineData("5.4.4", "postgresql", "9", false)]
    [InlineData("5.3.3", "azure-sql", "12.0", true)]
    [InlineData("5.3.3", "azure-sql", "12", true)]
    [InlineData("5.3.3", "azure-sql", "13.0", true)]
    [InlineData("5.3.3", "azure-sql", "11.0", false)]
    public void Minimum_only_ranges_for_50_to_54(string clusterVersion, string engine, string databaseVersion, bool supported)
    {
        var lookup = SecureWorkspace.LookupDatabase(V(clusterVersion), engine);

        Assert.True(lookup.IsEngineSupported);
        Assert.Equal(supported, lookup.Contains(EV(engine, databaseVersion)));
    }

    [Theory]
    [InlineData("5.7.0")]
    [InlineData("4.9.9")]
    [InlineData("6.0.0")]
    public void A_cluster_version_without_a_row_is_not_covered(string clusterVersion)
    {
        var lookup = SecureWorkspace.LookupDatabase(V(clusterVersion), "sqlserver");

        Assert.False(lookup.IsCovered);
        Assert.Null(lookup.Ranges);
        Assert.False(lookup.Contains(EV("sqlserver", "2019")));
    }

    [Theory]
    [InlineData("2008", "10.0")]
    [InlineData("2012", "11.0")]
    [InlineData("2014", "12.0")]
    [InlineData("2016", "13.0")]
    [InlineData("2017", "14.0")]
    [InlineData("2019", "15.0")]
    [InlineData("2022", "16.0")]
    [InlineData("2025", "17.0")]
    [InlineData("15.0", "15.0")]
    [InlineData("15.0.4123", "15.0.4123")]
    public void Sql_server_release_years_resolve_to_versions(string written, string version)
    {
        Assert.Equal(version, EV("sqlserver", written).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("SQL2019")]
    [InlineData("15.")]
    [InlineData(".15")]
    [InlineData("15..0")]
    [InlineData("1.2.3.4.5")]
    [InlineData("-15.0")]
    public void Unreadable_engine_versions_do_not_resolve(string written)
    {
        Assert.Null(Engine("sqlserver").Resolve(written));
    }

    [Fact]
    public void Ranges_read_like_the_guide()
    {
        var engine = Engine("sqlserver");

        Assert.Equal("15.0 (2019) to 16.0 (2022)", engine.DisplayRange(Assert.Single(SecureWorkspace.LookupDatabase(V("5.6.0"), "sqlserver").Ranges!)));
        Assert.Equal("13.0 (2016) to 15.0 (2019)", engine.DisplayRange(Assert.Single(SecureWorkspace.LookupDatabase(V("5.4.4"), "sqlserver").Ranges!)));
        Assert.Equal("12.0 or later", Engine("azure-sql").DisplayRange(Assert.Single(SecureWorkspace.LookupDatabase(V("5.4.4"), "azure-sql").Ranges!)));
        Assert.Equal("SQL Server 15.0 (2019)", engine.Display("2019"));
        Assert.Equal("SQL Server 15.0 (2019)", engine.Display("15.0"));
    }

    [Theory]
    [InlineData("9.6", "13", -1)]
    [InlineData("13", "13.0", 0)]
    [InlineData("13.0.0", "13", 0)]
    [InlineData("15.0.4123", "15.0", 1)]
    [InlineData("16.2", "16.10", -1)]
    public void Engine_versions_compare_numerically_with_missing_components_as_zero(string a, string b, int sign)
    {
        Assert.True(EngineVersion.TryParse(a, out var va));
        Assert.True(EngineVersion.TryParse(b, out var vb));

        Assert.Equal(sign, System.Math.Sign(va.CompareTo(vb)));
        Assert.Equal(-sign, System.Math.Sign(vb.CompareTo(va)));
    }

    [Fact]
    public void Range_intersection_finds_the_versions_both_sides_of_a_boundary_accept()
    {
        var before = Assert.Single(SecureWorkspace.LookupDatabase(V("5.4.4"), "sqlserver").Ranges!);
        var after = Assert.Single(SecureWorkspace.LookupDatabase(V("5.5.1"), "sqlserver").Ranges!);

        var both = before.Intersect(after);

        Assert.NotNull(both);
        Assert.Equal("15.0 to 15.0", both!.ToString());
        Assert.True(both.Contains(EV("sqlserver", "15.0.4123")));
        Assert.False(both.Contains(EV("sqlserver", "2016")));
        Assert.True(before.IsBelow(EV("sqlserver", "2014")));
    }
}
