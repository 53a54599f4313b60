using System;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

/// <summary>UG0002 and UG0003 from <c>check</c>: comments at the manifest, configuration entries at the configuration file.</summary>
public sealed class SuppressionCheckTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Comments_that_cannot_be_read_or_suppress_nothing_are_reported_at_the_comment()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout.Replace("onTimeout: reboot", "onTimeout: reboot   # upgrade-guard: disable-lines UG4006")
            + "# upgrade-guard: disable-file UG5005\n");
        var run = _workspace.Run("check", "r.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.StartsWith("r.upgrade.yaml(15,18): error UG4006: ", run.OutputLines[0]);
        Assert.Equal("r.upgrade.yaml(15,27): warning UG0002: unknown suppression directive 'disable-lines' (did you mean 'disable-line'?); use 'disable-line', 'disable-next-line' or 'disable-file': this comment suppresses nothing", run.OutputLines[1]);
        Assert.Equal("r.upgrade.yaml(16,1): info UG0003: 'disable-file UG5005' suppresses nothing: no UG5005 finding in this file; remove the comment", run.OutputLines[2]);
        Assert.Equal("1 error, 1 warning, 1 info in 1 file checked", run.OutputLines[3]);
    }

    [Fact]
    public void A_configuration_entry_that_cannot_be_read_is_reported_once_at_its_line_sorted_with_the_rest()
    {
        _workspace.Write("a/warn.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("b/warn.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write(".editorconfig", "root = true\n\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5003.severity = eror\ndotnet_diagnostic.UG50003.severity = none\n");
        var run = _workspace.Run("check", ".");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(new[]
        {
            ".editorconfig(4,1): warning UG0002: 'dotnet_diagnostic.UG5003.severity' gives the severity 'eror', which is not one (did you mean 'error'?); use none, silent, suggestion, warning, error or default: the entry is ignored and UG5003 keeps its severity",
            ".editorconfig(5,1): warning UG0002: 'dotnet_diagnostic.UG50003.severity' names no rule: UG50003 is not an UpgradeGuard rule id (did you mean UG5003?); the entry is ignored (see 'upgrade-guard rules')",
        }, run.OutputLines.Take(2));
        Assert.StartsWith("a/warn.upgrade.yaml(6,1): warning UG5003: ", run.OutputLines[2]);
        Assert.StartsWith("b/warn.upgrade.yaml(6,1): warning UG5003: ", run.OutputLines[3]);
        Assert.Equal("0 errors, 4 warnings, 0 info in 2 files checked", run.OutputLines[4]);
    }

    [Fact]
    public void A_globalconfig_entry_is_reported_at_the_severity_it_sets_for_UG0002_and_in_every_format()
    {
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        _workspace.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.UG0002.severity = error\ndotnet_diagnostic.UG9999.severity = none\n");
        var run = _workspace.Run("check", "--format", "json", "clean.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        var d = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("UG0002", d.GetProperty("id").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal(".globalconfig", d.GetProperty("file").GetString());
        Assert.Equal(3, d.GetProperty("line").GetInt32());

        var sarif = _workspace.Run("check", "--format", "sarif", "clean.upgrade.yaml");
        Assert.Contains("\"uri\": \".globalconfig\"", sarif.Output);
    }

    [Fact]
    public void Configuration_files_of_no_checked_manifest_are_not_read()
    {
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        _workspace.Write("other/.editorconfig", "[*]\ndotnet_diagnostic.UG9999.severity = eror\n");
        var run = _workspace.Run("check", "clean.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 1 file checked", Assert.Single(run.OutputLines));
    }
}
