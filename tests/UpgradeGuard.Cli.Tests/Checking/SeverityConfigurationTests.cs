using System;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class SeverityConfigurationTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Editorconfig_can_turn_an_error_off()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write(".editorconfig", "root = true\n[*.upgrade.yaml]\ndotnet_diagnostic.UG4006.severity = none\n");
        var run = _workspace.Run("check", "reboot.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 1 file checked", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Editorconfig_can_turn_a_warning_into_an_error()
    {
        _workspace.Write("clusters/warn.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("clusters/.editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5003.severity = error\n");
        var run = _workspace.Run("check", ".");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.StartsWith("clusters/warn.upgrade.yaml(6,1): error UG5003: ", run.OutputLines[0]);
    }

    [Fact]
    public void Severities_are_resolved_per_file()
    {
        _workspace.Write("a/warn.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("b/warn.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write(".editorconfig", "root = true\n[a/*.upgrade.yaml]\ndotnet_diagnostic.UG5003.severity = suggestion\n");
        var run = _workspace.Run("check");
        Assert.StartsWith("a/warn.upgrade.yaml(6,1): info UG5003: ", run.OutputLines[0]);
        Assert.StartsWith("b/warn.upgrade.yaml(6,1): warning UG5003: ", run.OutputLines[1]);
    }

    [Fact]
    public void Globalconfig_is_honoured()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.UG4006.severity = warning\n");
        var run = _workspace.Run("check", "reboot.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("warning UG4006", run.Output);
    }

    [Fact]
    public void Warnings_as_errors_applies_to_configured_warnings_only()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.UG4006.severity = suggestion\n");
        var run = _workspace.Run("check", "--warnings-as-errors", "reboot.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("info UG4006", run.Output);
    }
}
