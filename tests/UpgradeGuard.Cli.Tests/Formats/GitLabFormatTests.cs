using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class GitLabFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Issues_carry_the_fields_gitlab_reads()
    {
        _workspace.Write("infra/r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "gitlab");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var issues = report.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, issues.Count);
        var reboot = issues[0];
        Assert.Equal("UG4006", reboot.GetProperty("check_name").GetString());
        Assert.StartsWith("UG4006: 'onTimeout: reboot' would", reboot.GetProperty("description").GetString());
        Assert.Equal("critical", reboot.GetProperty("severity").GetString());
        Assert.Equal("infra/r.upgrade.yaml", reboot.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(15, reboot.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal("major", issues[1].GetProperty("severity").GetString());
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs_and_line_moves_and_unique()
    {
        var twice = Manifests.RebootOnTimeout.Replace("    - snapshot: all\n", "    - snapshot: all\n    - upgrade: 5.6.0\n      timeout: 30m\n      onTimeout: reboot\n");
        _workspace.Write("a.upgrade.yaml", twice);
        _workspace.Write("b.upgrade.yaml", twice);
        var first = Fingerprints();
        Assert.Equal(8, first.Length);
        Assert.Equal(first.Length, first.Distinct().Count());
        Assert.Equal(first, Fingerprints());

        _workspace.Write("a.upgrade.yaml", "# moved down by a comment\n" + twice);
        Assert.Equal(first, Fingerprints());
    }

    [SkippableFact]
    public void The_report_type_checks_against_the_code_climate_types()
    {
        ReportConsumers.Require("codeclimate-types");
        ReportConsumers.Require("typescript");
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("old.upgrade.yaml", Manifests.Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1"));
        var path = Path.Combine(_workspace.Root, "gl-code-quality-report.json");
        _workspace.Run("check", "--format", "gitlab", "--output", path);

        var (exitCode, output, error) = ReportConsumers.Run("check-gitlab.mjs", path);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("0 type errors", output);
    }

    [SkippableFact]
    public void The_type_check_rejects_a_report_gitlab_would_not_read()
    {
        // The consumer can fail: a severity outside the Code Climate set is a type error.
        ReportConsumers.Require("codeclimate-types");
        ReportConsumers.Require("typescript");
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        var path = Path.Combine(_workspace.Root, "report.json");
        _workspace.Run("check", "--format", "gitlab", "--output", path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"critical\"", "\"error\""));

        var (exitCode, output, _) = ReportConsumers.Run("check-gitlab.mjs", path);
        Assert.Equal(1, exitCode);
        Assert.Contains("\"error\"", output);
    }

    private string[] Fingerprints()
    {
        using var report = JsonDocument.Parse(_workspace.Run("check", "--format", "gitlab").Output);
        return report.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()!).ToArray();
    }
}
