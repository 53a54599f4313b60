using System;
using System.Collections.Generic;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Conventions;

/// <summary><c>check -</c>: one manifest from standard input, as editors and hooks pipe a buffer.</summary>
public sealed class StandardInputTests : IDisposable
{
    private static readonly Dictionary<string, string> NoVariables = new();
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private CliRun Check(string input, params string[] args)
    {
        var all = new List<string> { "check" };
        all.AddRange(args);
        return _workspace.RunWith(".", terminal: false, input, NoVariables, all.ToArray());
    }

    [Fact]
    public void A_dash_reads_the_manifest_from_standard_input_as_stdin()
    {
        var run = Check(Manifests.RebootOnTimeout, "-");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.StartsWith("<stdin>(15,18): error UG4006: ", run.OutputLines[0]);
        Assert.Equal("1 error, 0 warnings, 0 info in 1 file checked", run.OutputLines[^1]);
    }

    [Fact]
    public void Stdin_filename_names_it_in_the_report_and_in_json()
    {
        var run = Check(Manifests.RebootOnTimeout, "-", "--stdin-filename", "clusters/prod.upgrade.yaml", "--format", "json");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("clusters/prod.upgrade.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal(15, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public void The_buffer_wins_over_the_file_of_the_same_name_on_disk()
    {
        // An editor pipes the unsaved buffer: the clean text on standard input is checked, not the broken file.
        _workspace.Write("prod.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = Check(Manifests.Clean, "-", "--stdin-filename", "prod.upgrade.yaml", "prod.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 1 file checked", run.OutputLines[^1]);
    }

    [Fact]
    public void The_editorconfig_of_the_named_path_applies()
    {
        _workspace.Write("clusters/.editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG4006.severity = warning\n");
        var run = Check(Manifests.RebootOnTimeout, "-", "--stdin-filename", "clusters/prod.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.StartsWith("clusters/prod.upgrade.yaml(15,18): warning UG4006: ", run.OutputLines[0]);
    }

    [Fact]
    public void A_non_manifest_on_standard_input_is_reported_like_a_named_file()
    {
        var run = Check(Manifests.Checklist, "-");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains("UG1003", run.OutputLines[0]);
    }

    [Fact]
    public void Broken_yaml_on_standard_input_gets_a_positioned_diagnostic()
    {
        var run = Check("apiVersion: upgradeguard/v1\nkind: [\n", "-");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Matches(@"^<stdin>\(\d+,\d+\): error UG1001: ", run.OutputLines[0]);
    }

    [Fact]
    public void Empty_standard_input_is_a_finding_not_a_crash()
    {
        var run = Check("", "-");
        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("<stdin>(1,1): error UG", run.OutputLines[0]);
    }

    [Fact]
    public void Stdin_filename_without_a_dash_is_a_bad_argument()
    {
        _workspace.Write("prod.upgrade.yaml", Manifests.Clean);
        var run = Check(Manifests.Clean, "--stdin-filename", "x.upgrade.yaml", "prod.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains("--stdin-filename", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Fix_does_not_read_standard_input()
    {
        var run = _workspace.RunWith(".", terminal: false, Manifests.RebootOnTimeout, NoVariables, "fix", "-");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains("'-' (standard input) is read by 'check' only", run.Error);
    }
}
