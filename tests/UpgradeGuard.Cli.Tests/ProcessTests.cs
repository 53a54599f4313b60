using System;
using System.Diagnostics;
using System.IO;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests;

/// <summary>The built tool, run as users run it: <c>dotnet upgrade-guard.dll</c> in a child process.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private CliRun RunTool(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "upgrade-guard.dll");
        Assert.True(File.Exists(tool), "upgrade-guard.dll is not next to the tests: " + tool);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var argument in args) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "upgrade-guard did not finish");
        return new CliRun(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_built_tool_checks_a_folder_and_sets_the_exit_code()
    {
        _workspace.Write("clusters/r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("clusters/c.upgrade.yaml", Manifests.Clean);
        // The test fixture replaces the built-in catalog (replacesBuiltIn: true), as a user pins the catalog.
        var run = RunTool("check", "--catalog", FixtureCatalog.Path, "clusters");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        // Redirected output is not a terminal: no source lines.
        Assert.Equal(
            new[] { "clusters/r.upgrade.yaml(15,18): error UG4006: ", "1 error, 0 warnings, 0 info in 2 files checked" },
            new[] { run.OutputLines[0][..46], run.OutputLines[1] });
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void The_built_tool_exits_2_for_a_missing_path()
    {
        var run = RunTool("check", "nope.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains("'nope.upgrade.yaml' does not exist", run.Error);
    }

    [Fact]
    public void The_built_tool_prints_its_version()
    {
        var run = RunTool("--version");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(ToolInfo.Version, run.Output.Trim());
    }
}
