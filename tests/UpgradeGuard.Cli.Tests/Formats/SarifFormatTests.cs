using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class SarifFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private JsonDocument Sarif(params string[] paths)
    {
        var run = _workspace.Run(new[] { "check", "--format", "sarif" }.Concat(paths).ToArray());
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.ErrorsFound, run.ToString());
        return JsonDocument.Parse(run.Output);
    }

    [Fact]
    public void The_log_has_one_run_with_every_rule()
    {
        _workspace.Write("c.upgrade.yaml", Manifests.Clean);
        using var sarif = Sarif();
        var root = sarif.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray().ToList());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("UpgradeGuard", driver.GetProperty("name").GetString());
        Assert.Equal(ToolInfo.Version, driver.GetProperty("semanticVersion").GetString());
        Assert.Equal(ToolInfo.Version, driver.GetProperty("version").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleRegistry.Descriptors.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("markdown").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("properties").GetProperty("category").GetString()));
        }
        var ug6007 = rules.Single(r => r.GetProperty("id").GetString() == "UG6007");
        Assert.Equal("note", ug6007.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Results_are_located_relative_to_the_source_root()
    {
        _workspace.Write("clusters/prod east/r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("clusters/w.upgrade.yaml", Manifests.WarningOnly);
        using var sarif = Sarif("clusters");
        var run = sarif.RootElement.GetProperty("runs")[0];

        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", srcRoot);
        Assert.EndsWith("/", srcRoot);
        Assert.Equal(new Uri(_workspace.Root + "/").AbsoluteUri, srcRoot);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var reboot = results[0];
        Assert.Equal("UG4006", reboot.GetProperty("ruleId").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("UG4006", rules[reboot.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", reboot.GetProperty("level").GetString());
        Assert.EndsWith(".", reboot.GetProperty("message").GetProperty("text").GetString());

        var location = reboot.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("clusters/prod%20east/r.upgrade.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((15, 18, 15, 24), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.False(string.IsNullOrEmpty(reboot.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString()));

        Assert.Equal("warning", results[1].GetProperty("level").GetString());
        Assert.Equal("clusters/w.upgrade.yaml", results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Uris_are_relative_to_the_git_root_above_the_current_folder()
    {
        Directory.CreateDirectory(Path.Combine(_workspace.Root, ".git"));
        _workspace.Write("infra/clusters/w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.RunIn("infra", terminal: false, "check", "--format", "sarif");
        using var sarif = JsonDocument.Parse(run.Output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("infra/clusters/w.upgrade.yaml", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Fingerprints_are_stable_and_distinct()
    {
        _workspace.Write("a.upgrade.yaml", NextRelease.Manifest());
        _workspace.Write("b.upgrade.yaml", NextRelease.Manifest());
        using var first = Sarif();
        using var second = Sarif();
        var fingerprints = Fingerprints(first);
        Assert.Equal(fingerprints, Fingerprints(second));
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Suppressed_findings_stay_in_the_log_marked_in_source_with_the_reason()
    {
        _workspace.Write("s.upgrade.yaml", Manifests.SuppressedWithReason);
        _workspace.Write("n.upgrade.yaml", Manifests.SuppressedWithoutReason);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "sarif");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var sarif = JsonDocument.Parse(run.Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "n.upgrade.yaml UG5003", "s.upgrade.yaml UG5001", "w.upgrade.yaml UG5003" }, results.Select(r => $"{Uri(r)} {r.GetProperty("ruleId").GetString()}"));

        var noReason = Assert.Single(results[0].GetProperty("suppressions").EnumerateArray().ToList());
        Assert.Equal("inSource", noReason.GetProperty("kind").GetString());
        Assert.False(noReason.TryGetProperty("justification", out _));
        var withReason = Assert.Single(results[1].GetProperty("suppressions").EnumerateArray().ToList());
        Assert.Equal("inSource", withReason.GetProperty("kind").GetString());
        Assert.Equal("approved by change board", withReason.GetProperty("justification").GetString());
        Assert.Equal("warning", results[1].GetProperty("level").GetString());
        var region = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((7, 10), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        Assert.False(results[2].TryGetProperty("suppressions", out _));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    public void Other_formats_still_leave_suppressed_findings_out(string format)
    {
        _workspace.Write("s.upgrade.yaml", Manifests.SuppressedWithReason);
        _workspace.Write("n.upgrade.yaml", Manifests.SuppressedWithoutReason);
        var run = _workspace.Run("check", "--format", format);
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.DoesNotContain("UG5001", run.Output);
        Assert.DoesNotContain("UG5003", run.Output);
    }

    [Fact]
    public void A_clean_run_is_a_successful_invocation_without_notifications()
    {
        _workspace.Write("c.upgrade.yaml", Manifests.Clean);
        using var sarif = Sarif();
        var invocation = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray().ToList());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.False(invocation.TryGetProperty("toolExecutionNotifications", out _));
    }

    [Fact]
    public void A_run_that_exits_2_is_not_successful_and_says_which_file_it_could_not_read()
    {
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "sarif", "w.upgrade.yaml", "missing.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("upgrade-guard: error: 'missing.upgrade.yaml' does not exist", Assert.Single(run.ErrorLines));
        using var sarif = JsonDocument.Parse(run.Output);
        var log = sarif.RootElement.GetProperty("runs")[0];
        var invocation = Assert.Single(log.GetProperty("invocations").EnumerateArray().ToList());
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Equal("'missing.upgrade.yaml' does not exist.", notification.GetProperty("message").GetProperty("text").GetString());
        // The files that could be read are still reported.
        Assert.Equal("UG5003", Assert.Single(log.GetProperty("results").EnumerateArray().ToList()).GetProperty("ruleId").GetString());
    }

    [Fact]
    public void A_catalog_that_cannot_be_read_still_writes_an_unsuccessful_log()
    {
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "sarif", "--catalog", "none.catalog.yaml", "w.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        using var sarif = JsonDocument.Parse(run.Output);
        var log = sarif.RootElement.GetProperty("runs")[0];
        var invocation = log.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.StartsWith("cannot read catalog 'none.catalog.yaml'", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(0, log.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void With_a_baseline_suppressed_results_stay_without_a_baseline_state()
    {
        _workspace.Write("s.upgrade.yaml", Manifests.SuppressedWithReason);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        Assert.Equal(ExitCodes.Success, _workspace.Run("check", "--write-baseline", "b.json").ExitCode);
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "--format", "sarif", "--baseline", "b.json");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        using var sarif = JsonDocument.Parse(run.Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "r.upgrade.yaml UG4006 new", "s.upgrade.yaml UG5001 -" },
            results.Select(r => $"{Uri(r)} {r.GetProperty("ruleId").GetString()} {(r.TryGetProperty("baselineState", out var state) ? state.GetString() : "-")}"));
        Assert.True(results[1].TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void A_baseline_that_cannot_be_read_still_writes_an_unsuccessful_log()
    {
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "sarif", "--baseline", "none.json");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        using var sarif = JsonDocument.Parse(run.Output);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("none.json", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
    }

    private static string Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static List<string> Fingerprints(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString()!)
            .ToList();
}
