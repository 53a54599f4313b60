using System;
using System.IO;
using System.Linq;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class AzurePipelinesFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Findings_are_logissue_commands_and_a_failing_run_completes_as_failed()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "azure-pipelines");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(3, run.OutputLines.Length);
        Assert.StartsWith("##vso[task.logissue type=error;sourcepath=r.upgrade.yaml;linenumber=15;columnnumber=18;code=UG4006]'onTimeout: reboot' would", run.OutputLines[0]);
        Assert.StartsWith("##vso[task.logissue type=warning;sourcepath=w.upgrade.yaml;linenumber=6;columnnumber=1;code=UG5003]the upgrade has no schedule.start", run.OutputLines[1]);
        Assert.StartsWith("##vso[task.complete result=Failed]", run.OutputLines[2]);
    }

    [Fact]
    public void Writing_a_baseline_exits_0_and_does_not_fail_the_task()
    {
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "--format", "azure-pipelines", "--write-baseline", "baseline.json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.StartsWith("##vso[task.logissue type=error;", run.OutputLines[0]);
        Assert.DoesNotContain(run.OutputLines, l => l.Contains("task.complete", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_without_errors_does_not_complete_the_task()
    {
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("old.upgrade.yaml", Manifests.Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1"));
        var run = _workspace.Run("check", "--format", "azure-pipelines");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.DoesNotContain(run.OutputLines, l => l.Contains("task.complete", StringComparison.Ordinal));
        // logissue has only error and warning: an info finding is a plain log line.
        Assert.StartsWith("old.upgrade.yaml(10,7): info UG2006:", run.OutputLines[0]);
        Assert.StartsWith("##vso[task.logissue type=warning;", run.OutputLines[1]);
    }

    [Fact]
    public void A_path_holding_a_logging_command_starts_no_command_of_its_own()
    {
        // The agent acts on the first "##vso[" anywhere in a line: every line must hold none, or ours at its start.
        const string name = "##vso[task.setvariable variable=pwned]x.upgrade.yaml";
        _workspace.Write(name, Manifests.Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1"));
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "--format", "azure-pipelines", ".");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains(run.OutputLines, l => l.StartsWith("**vso[task.setvariable variable=pwned]x.upgrade.yaml(10,7): info UG2006:", StringComparison.Ordinal));
        Assert.All(run.OutputLines.Concat(run.ErrorLines), l => Assert.True(
            !l.Contains("##vso[", StringComparison.Ordinal)
            || l.StartsWith("##vso[task.logissue type=", StringComparison.Ordinal)
            || l.StartsWith("##vso[task.complete result=Failed]", StringComparison.Ordinal), l));
    }

    [Theory]
    [InlineData("50% done\r\nnext", "50%AZP25 done%0D%0Anext")]
    [InlineData("a; b] c", "a; b] c")]
    public void Messages_are_escaped_as_the_task_library_does(string value, string expected) => Assert.Equal(expected, AzurePipelinesFormatter.EscapeData(value));

    [Theory]
    [InlineData("dir/a;b].upgrade.yaml", "dir/a%3Bb%5D.upgrade.yaml")]
    [InlineData("100%\n", "100%AZP25%0A")]
    public void Properties_are_escaped_as_the_task_library_does(string value, string expected) => Assert.Equal(expected, AzurePipelinesFormatter.EscapeProperty(value));

    [SkippableFact]
    public void The_task_librarys_parser_reads_the_commands()
    {
        ReportConsumers.Require("azure-pipelines-task-lib");
        _workspace.Write("a;b]%.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var path = Path.Combine(_workspace.Root, "log.txt");
        _workspace.Run("check", "--format", "azure-pipelines", "--output", path);

        using var parsed = ReportConsumers.Read("read-azure-pipelines.mjs", path);
        var commands = parsed.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, commands.Count);
        var error = commands[0];
        Assert.Equal("task.logissue", error.GetProperty("command").GetString());
        var properties = error.GetProperty("properties");
        Assert.Equal("error", properties.GetProperty("type").GetString());
        Assert.Equal("a;b]%.upgrade.yaml", properties.GetProperty("sourcepath").GetString());
        Assert.Equal("15", properties.GetProperty("linenumber").GetString());
        Assert.Equal("18", properties.GetProperty("columnnumber").GetString());
        Assert.Equal("UG4006", properties.GetProperty("code").GetString());
        Assert.StartsWith("'onTimeout: reboot' would", error.GetProperty("message").GetString());
        Assert.Equal("warning", commands[1].GetProperty("properties").GetProperty("type").GetString());
        Assert.Equal("task.complete", commands[2].GetProperty("command").GetString());
        Assert.Equal("Failed", commands[2].GetProperty("properties").GetProperty("result").GetString());
    }
}
