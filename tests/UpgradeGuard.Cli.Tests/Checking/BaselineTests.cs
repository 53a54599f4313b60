using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class BaselineTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private static readonly string TwoFindings = Manifests.RebootOnTimeout.Replace("schedule:\n  start: 2026-12-05T22:00\n  timeZone: Europe/Brussels\n", "");

    [Fact]
    public void Write_baseline_records_the_findings_and_exits_0()
    {
        _workspace.Write("infra/r.upgrade.yaml", TwoFindings);
        var run = _workspace.Run("check", "--write-baseline", "upgrade-guard.baseline.json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("error UG4006", run.Output);
        var text = _workspace.Read("upgrade-guard.baseline.json");
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        using var baseline = JsonDocument.Parse(text);
        Assert.Equal(1, baseline.RootElement.GetProperty("version").GetInt32());
        var findings = baseline.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(new[] { "UG4006", "UG5003" }, findings.Select(f => f.GetProperty("rule").GetString()));
        Assert.All(findings, f => Assert.Equal("infra/r.upgrade.yaml", f.GetProperty("file").GetString()));
        Assert.Equal("upgrade.steps[].onTimeout", findings[0].GetProperty("keyPath").GetString());
        Assert.Equal("reboot", findings[0].GetProperty("content").GetString());
        Assert.False(findings[0].TryGetProperty("line", out _));
    }

    [Fact]
    public void The_baseline_is_the_same_from_a_subfolder_and_on_a_second_run()
    {
        _workspace.Write(".git/HEAD", "ref: refs/heads/main\n");
        _workspace.Write("infra/r.upgrade.yaml", TwoFindings);
        _workspace.Run("check", "--write-baseline", "one.json");
        _workspace.RunIn("infra", terminal: false, "check", "--write-baseline", "../two.json");
        _workspace.Run("check", "--write-baseline", "three.json");
        Assert.Equal(_workspace.Read("one.json"), _workspace.Read("two.json"));
        Assert.Equal(_workspace.Read("one.json"), _workspace.Read("three.json"));
    }

    [Fact]
    public void Recorded_findings_are_not_reported_and_do_not_fail_the_run()
    {
        _workspace.Write("r.upgrade.yaml", TwoFindings);
        _workspace.Run("check", "--write-baseline", "b.json");
        var run = _workspace.Run("check", "--baseline", "b.json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 1 file checked", run.OutputLines[0]);
        Assert.Equal("baseline b.json: 2 recorded findings not shown, 0 entries fixed", run.OutputLines[1]);
    }

    [Fact]
    public void A_comment_or_a_step_added_above_keeps_findings_matched_and_a_new_mistake_is_reported()
    {
        _workspace.Write("r.upgrade.yaml", TwoFindings);
        _workspace.Run("check", "--write-baseline", "b.json");
        var edited = "# reviewed\n" + TwoFindings.Replace("    - snapshot: all\n", "    - snapshot: all\n    - notify-users: maintenance tonight\n");
        _workspace.Write("r.upgrade.yaml", edited);
        var moved = _workspace.Run("check", "--baseline", "b.json");
        Assert.True(moved.ExitCode == ExitCodes.Success, moved.ToString());

        // A second upgrade step with the same mistake is new: its findings are reported (one UG4006 of the two, plus what
        // the repeated step brings), and the run fails by them alone.
        _workspace.Write("r.upgrade.yaml", edited.Replace("    - snapshot: all\n", "    - snapshot: all\n    - upgrade: 5.6.0\n      timeout: 30m\n      onTimeout: reboot\n"));
        var added = _workspace.Run("check", "--baseline", "b.json", "--format", "json");
        Assert.True(added.ExitCode == ExitCodes.ErrorsFound, added.ToString());
        using var json = JsonDocument.Parse(added.Output);
        var reported = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Single(reported, id => id == "UG4006");
        // UG5003's message loses its estimate (the plan is no longer valid), but its identity is unchanged.
        Assert.False(reported.Contains("UG5003"), added.Output);
    }

    [Fact]
    public void Fixed_entries_are_listed_in_the_text_summary()
    {
        _workspace.Write("r.upgrade.yaml", TwoFindings);
        _workspace.Write("other/w.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Run("check", "--write-baseline", "b.json");
        _workspace.Write("r.upgrade.yaml", TwoFindings.Replace("onTimeout: reboot", "onTimeout: abort"));

        var run = _workspace.Run("check", "--baseline", "b.json", "r.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("baseline b.json: 1 recorded finding not shown, 1 entry fixed", run.OutputLines[1]);
        Assert.Equal("    fixed: r.upgrade.yaml: UG4006 at upgrade.steps[].onTimeout 'reboot'", run.OutputLines[2]);
        Assert.Equal("    refresh the baseline with --write-baseline b.json", run.OutputLines[3]);
        // other/w.upgrade.yaml was not checked in this run: its entry is not called fixed.
        Assert.Equal(4, run.OutputLines.Length);
    }

    [Fact]
    public void Sarif_carries_the_baseline_identity_and_state()
    {
        _workspace.Write("r.upgrade.yaml", TwoFindings);
        _workspace.Run("check", "--write-baseline", "b.json");
        using var baseline = JsonDocument.Parse(_workspace.Read("b.json"));
        var recorded = baseline.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()).ToHashSet();

        using var plain = JsonDocument.Parse(_workspace.Run("check", "--format", "sarif").Output);
        var results = plain.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(recorded, results.Select(r => r.GetProperty("partialFingerprints").GetProperty("upgradeGuardFingerprint/v2").GetString()).ToHashSet());
        Assert.All(results, r => Assert.False(r.TryGetProperty("baselineState", out _)));

        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        using var compared = JsonDocument.Parse(_workspace.Run("check", "--format", "sarif", "--baseline", "b.json").Output);
        var fresh = Assert.Single(compared.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("new", fresh.GetProperty("baselineState").GetString());
    }

    [Theory]
    [InlineData("missing.json", null, "cannot read baseline 'missing.json'")]
    [InlineData("b.json", "{ not json", "baseline 'b.json' cannot be used: it is not valid JSON (line 1")]
    [InlineData("b.json", "{\"version\": 2, \"findings\": []}", "its version 2 is not supported")]
    [InlineData("b.json", "[]", "it is not an upgrade-guard baseline")]
    [InlineData("b.json", "{\"version\": 1, \"findings\": [{\"rule\": \"UG4006\"}]}", "findings[0] has no \"fingerprint\"")]
    public void A_missing_or_broken_baseline_exits_2_with_a_message(string file, string? content, string message)
    {
        _workspace.Write("r.upgrade.yaml", TwoFindings);
        if (content != null) _workspace.Write(file, content);
        var run = _workspace.Run("check", "--baseline", file);
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void An_unwritable_baseline_exits_2()
    {
        _workspace.Write("r.upgrade.yaml", TwoFindings);
        Directory.CreateDirectory(Path.Combine(_workspace.Root, "taken"));
        var run = _workspace.Run("check", "--write-baseline", "taken");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains("cannot write baseline 'taken'", run.Error);
    }
}
