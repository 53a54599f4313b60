using System;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class CatalogOptionTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Without_the_catalog_570_is_unknown()
    {
        _workspace.Write("next.upgrade.yaml", NextRelease.Manifest());
        var run = _workspace.Run("check", "next.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains("next.upgrade.yaml(10,7): error UG2002: ", run.Output);
    }

    [Fact]
    public void An_extra_catalog_adds_570()
    {
        _workspace.Write("next.upgrade.yaml", NextRelease.Manifest());
        _workspace.Write("catalogs/570.catalog.yaml", NextRelease.Catalog);
        var run = _workspace.Run("check", "--catalog", "catalogs/570.catalog.yaml", "next.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 1 file checked", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void The_catalog_option_is_repeatable()
    {
        _workspace.Write("next.upgrade.yaml", NextRelease.Manifest());
        _workspace.Write("a.catalog.yaml", NextRelease.Catalog);
        _workspace.Write("b.catalog.yaml", "products: [{id: secure-workspace, upgrades: [{from: [5.7.0], to: 5.8.0}]}]\n");
        var run = _workspace.Run("check", "--catalog", "a.catalog.yaml", "--catalog", "b.catalog.yaml", "next.upgrade.yaml");
        // 5.8.0 now exists, so 5.7.0 is no longer the latest version (UG2006, info): the second catalog was read too.
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("info UG2006", run.Output);
    }
}
