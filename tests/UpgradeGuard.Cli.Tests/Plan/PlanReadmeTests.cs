using System;
using System.IO;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Plan;

/// <summary>The examples of the README's <c>upgrade-guard plan</c> section are what the command prints.</summary>
public sealed class PlanReadmeTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private static string Readme => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");

    [Theory]
    [InlineData("text", "```\n")]
    [InlineData("yaml", "```yaml\n")]
    public void The_README_shows_the_real_output(string format, string fence)
    {
        var args = format == "text"
            ? new[] { "plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "3", "--db", "sqlserver:2016", "--start", "2026-12-07T04:00", "--time-zone", "Europe/Brussels" }
            : new[] { "plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "3", "--db", "sqlserver:2016", "--format", "yaml" };

        var run = _workspace.Run(args);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains(fence + run.Output + "```\n", Readme);
    }
}
