using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Conventions;

/// <summary><c>--quiet</c>, and colours: <c>--color auto|always|never</c> with <c>NO_COLOR</c> honoured.</summary>
public sealed class QuietAndColorTests : IDisposable
{
    private const string Esc = "\u001b[";
    private static readonly Dictionary<string, string> NoVariables = new();
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public QuietAndColorTests()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("warn.upgrade.yaml", Manifests.WarningOnly);
        // An info finding (UG2006: 5.5.1 is not the latest).
        _workspace.Write("old.upgrade.yaml", Manifests.Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1"));
    }

    public void Dispose() => _workspace.Dispose();

    private CliRun Run(bool terminal, IReadOnlyDictionary<string, string> variables, params string[] args) =>
        _workspace.RunWith(".", terminal, standardInput: null, variables, args);

    [Fact]
    public void Quiet_prints_findings_only_without_info_and_summary()
    {
        var loud = _workspace.Run("check");
        Assert.Contains(loud.OutputLines, l => l.Contains(": info UG2006: ", StringComparison.Ordinal));

        var run = _workspace.Run("check", "--quiet");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Contains(": error UG4006: ", run.OutputLines[0]);
        Assert.Contains(": warning UG5003: ", run.OutputLines[1]);
        Assert.DoesNotContain(run.OutputLines, l => l.Contains(" checked", StringComparison.Ordinal));
    }

    [Fact]
    public void Quiet_on_a_clean_folder_prints_nothing()
    {
        var clean = new TestWorkspace();
        try
        {
            clean.Write("c.upgrade.yaml", Manifests.Clean);
            var run = clean.Run("check", "-q");
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Equal("", run.Output);
        }
        finally
        {
            clean.Dispose();
        }
    }

    [Fact]
    public void Quiet_drops_info_from_json_too()
    {
        var run = _workspace.Run("check", "--quiet", "--format", "json");
        Assert.DoesNotContain("UG2006", run.Output);
        Assert.Contains("UG4006", run.Output);
    }

    [Fact]
    public void Quiet_with_a_baseline_prints_only_the_new_findings()
    {
        Assert.Equal(ExitCodes.Success, _workspace.Run("check", "--write-baseline", "baseline.json").ExitCode);
        _workspace.Write("new.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "--baseline", "baseline.json", "--quiet");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Single(run.OutputLines);
        Assert.StartsWith("new.upgrade.yaml(15,18): error UG4006: ", run.OutputLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_keeps_the_fingerprints_of_the_findings_it_keeps()
    {
        // The fingerprint is the finding's identity (rule, key path, text): dropping info must not change the others'.
        static List<string> Fingerprints(CliRun run, bool withInfo) => System.Text.Json.JsonDocument.Parse(run.Output).RootElement.EnumerateArray()
            .Where(issue => withInfo || issue.GetProperty("check_name").GetString() != "UG2006")
            .Select(issue => issue.GetProperty("fingerprint").GetString()!).ToList();
        var loud = _workspace.Run("check", "--format", "gitlab");
        var quiet = _workspace.Run("check", "--quiet", "--format", "gitlab");
        Assert.Equal(Fingerprints(loud, withInfo: false), Fingerprints(quiet, withInfo: true));
        Assert.Equal(2, Fingerprints(quiet, withInfo: true).Count);
    }

    [Fact]
    public void On_a_terminal_severity_id_and_carets_are_coloured()
    {
        var run = Run(terminal: true, NoVariables, "check", "reboot.upgrade.yaml");
        Assert.Equal(4, run.OutputLines.Length);
        Assert.StartsWith($"reboot.upgrade.yaml(15,18): {Esc}1;31merror{Esc}0m {Esc}1mUG4006{Esc}0m: 'onTimeout: reboot'", run.OutputLines[0], StringComparison.Ordinal);
        // Source lines come after the line-number gutter (the text format's rule); only the carets are painted.
        Assert.Equal("    15 |       onTimeout: reboot", run.OutputLines[1]);
        Assert.Equal($"       |                  {Esc}1;31m^~~~~~{Esc}0m", run.OutputLines[2]);
        // Without the escape codes the text is exactly the plain text.
        var plain = Run(terminal: true, NoVariables, "check", "--color", "never", "reboot.upgrade.yaml");
        Assert.Equal(plain.Output, StripAnsi(run.Output));
    }

    [Fact]
    public void Warnings_and_info_have_their_own_colours()
    {
        var run = Run(terminal: true, NoVariables, "check", "warn.upgrade.yaml", "old.upgrade.yaml");
        Assert.Contains(run.OutputLines, l => l.Contains($"{Esc}1;33mwarning{Esc}0m {Esc}1mUG5003{Esc}0m", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains($"{Esc}1;36minfo{Esc}0m {Esc}1mUG2006{Esc}0m", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NO_COLOR", "1")]
    [InlineData("NO_COLOR", "true")]
    [InlineData("TERM", "dumb")]
    public void No_color_and_a_dumb_terminal_turn_auto_colours_off(string name, string value)
    {
        var run = Run(terminal: true, new Dictionary<string, string> { [name] = value }, "check", "reboot.upgrade.yaml");
        Assert.DoesNotContain(Esc, run.Output, StringComparison.Ordinal);
        Assert.Equal(4, run.OutputLines.Length);
    }

    [Fact]
    public void An_empty_no_color_does_not_count()
    {
        var run = Run(terminal: true, new Dictionary<string, string> { ["NO_COLOR"] = "" }, "check", "reboot.upgrade.yaml");
        Assert.Contains(Esc, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Always_beats_no_color_and_redirection_never_beats_a_terminal()
    {
        var always = Run(terminal: false, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "check", "--color", "always", "reboot.upgrade.yaml");
        Assert.Contains($"{Esc}1;31merror{Esc}0m", always.Output, StringComparison.Ordinal);
        var never = Run(terminal: true, NoVariables, "check", "--color", "never", "reboot.upgrade.yaml");
        Assert.DoesNotContain(Esc, never.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("never")]
    public void Redirected_output_is_unchanged(string mode)
    {
        var run = Run(terminal: false, NoVariables, "check", "--color", mode, "reboot.upgrade.yaml");
        var plain = _workspace.Run("check", "reboot.upgrade.yaml");
        Assert.Equal(plain.Output, run.Output);
        Assert.DoesNotContain(Esc, run.Output, StringComparison.Ordinal);
        Assert.Equal(2, run.OutputLines.Length);
    }

    [Fact]
    public void Auto_writes_no_colour_into_an_output_file_and_other_formats_are_never_coloured()
    {
        Run(terminal: true, NoVariables, "check", "--output", "report.txt", "reboot.upgrade.yaml");
        Assert.DoesNotContain(Esc, _workspace.Read("report.txt"), StringComparison.Ordinal);
        var json = Run(terminal: true, NoVariables, "check", "--color", "always", "--format", "json", "reboot.upgrade.yaml");
        Assert.DoesNotContain(Esc, json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_color_mode_is_a_bad_argument()
    {
        var run = _workspace.Run("check", "--color", "sometimes");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
    }

    private static string StripAnsi(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "");
}
