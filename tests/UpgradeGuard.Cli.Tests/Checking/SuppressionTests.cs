using System;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class SuppressionTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Disable_line_suppresses_the_finding_on_its_line()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout.Replace("onTimeout: reboot", "onTimeout: reboot   # upgrade-guard: disable-line UG4006 -- vendor support asked for it"));
        var run = _workspace.Run("check", "r.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
    }

    [Fact]
    public void Disable_next_line_suppresses_the_finding_on_the_next_line()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout.Replace("      onTimeout: reboot", "      # upgrade-guard: disable-next-line UG4006\n      onTimeout: reboot"));
        var run = _workspace.Run("check", "r.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
    }

    [Fact]
    public void Disable_file_suppresses_everywhere_and_other_ids_are_untouched()
    {
        _workspace.Write("w.upgrade.yaml", "# upgrade-guard: disable-file UG5003\n" + Manifests.WarningOnly);
        _workspace.Write("r.upgrade.yaml", "# upgrade-guard: disable-file UG5003\n" + Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", ".");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        // r.upgrade.yaml has no UG5003 to suppress: its comment is UG0003.
        Assert.StartsWith("r.upgrade.yaml(1,1): info UG0003", run.OutputLines[0]);
        Assert.StartsWith("r.upgrade.yaml(16,18): error UG4006", run.OutputLines[1]);
        Assert.Equal("1 error, 0 warnings, 1 info in 2 files checked", run.OutputLines[^1]);
    }
}
