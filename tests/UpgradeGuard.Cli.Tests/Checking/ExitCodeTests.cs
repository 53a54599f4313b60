using System;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class ExitCodeTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_clean_file_exits_0()
    {
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        var run = _workspace.Run("check", "clean.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_file_with_an_error_exits_1()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "reboot.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        _workspace.Write("warn.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "warn.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("warning UG5003", run.Output);
    }

    [Fact]
    public void Warnings_as_errors_turns_a_warning_only_file_into_exit_1()
    {
        _workspace.Write("warn.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--warnings-as-errors", "warn.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains("warn.upgrade.yaml(6,1): error UG5003: ", run.Output);
    }

    [Fact]
    public void A_missing_path_exits_2_and_the_other_paths_are_still_checked()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "missing.upgrade.yaml", "reboot.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("upgrade-guard: error: 'missing.upgrade.yaml' does not exist", Assert.Single(run.ErrorLines));
        Assert.Contains("reboot.upgrade.yaml(15,18): error UG4006: ", run.Output);
    }

    [Fact]
    public void A_bad_catalog_exits_2_with_its_problems_in_msbuild_form()
    {
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        _workspace.Write("extra/bad.catalog.yaml", NextRelease.BadCatalog);
        var run = _workspace.Run("check", "--catalog", "extra/bad.catalog.yaml", "clean.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("extra/bad.catalog.yaml(1,73): error UG1002: unknown catalog key 'color'", line);
    }

    [Fact]
    public void A_missing_catalog_exits_2()
    {
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        var run = _workspace.Run("check", "--catalog", "none.catalog.yaml", "clean.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.StartsWith("upgrade-guard: error: cannot read catalog 'none.catalog.yaml'", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Bad_arguments_exit_2(params string[] args)
    {
        var run = _workspace.Run(args);
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains("upgrade-guard --help", run.Error);
    }

    [Fact]
    public void An_explicit_file_that_is_not_a_plan_is_reported()
    {
        _workspace.Write("checklist.upgrade.yaml", Manifests.Checklist);
        var run = _workspace.Run("check", "checklist.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains("checklist.upgrade.yaml(1,7): error UG1003: ", run.Output);
    }

    [Fact]
    public void The_output_option_writes_the_report_to_a_file()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "--format", "json", "--output", "out/report.json", "reboot.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal("", run.Output);
        Assert.Contains("\"UG4006\"", _workspace.Read("out/report.json"));
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var run = _workspace.Run("--version");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(ToolInfo.Version, run.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }
}
