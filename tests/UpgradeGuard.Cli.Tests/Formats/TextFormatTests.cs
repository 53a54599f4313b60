using System;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Cli.Tests.Infrastructure;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class TextFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Text_is_msbuild_lines_then_a_summary()
    {
        _workspace.Write("a/reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("a/warn.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("a/clean.upgrade.yaml", Manifests.Clean);
        var run = _workspace.Run("check", "a");
        Assert.Equal(3, run.OutputLines.Length);
        Assert.Matches(@"^a/reboot\.upgrade\.yaml\(15,18\): error UG4006: 'onTimeout: reboot' .+$", run.OutputLines[0]);
        Assert.Matches(@"^a/warn\.upgrade\.yaml\(6,1\): warning UG5003: .+$", run.OutputLines[1]);
        Assert.Equal("1 error, 1 warning, 0 info in 3 files checked", run.OutputLines[2]);
    }

    [Fact]
    public void Info_is_its_own_word()
    {
        _workspace.Write("old.upgrade.yaml", Manifests.Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1"));
        var run = _workspace.Run("check", "old.upgrade.yaml");
        Assert.Contains(run.OutputLines, l => l.StartsWith("old.upgrade.yaml(", StringComparison.Ordinal) && l.Contains("): info UG2006: ", StringComparison.Ordinal));
        Assert.EndsWith(", 1 info in 1 file checked", run.OutputLines[^1]);
    }

    [Fact]
    public void On_a_terminal_each_diagnostic_shows_its_source_line_and_a_caret()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.RunIn(".", terminal: true, "check", "--color", "never", "reboot.upgrade.yaml");
        Assert.Equal(4, run.OutputLines.Length);
        Assert.Equal("    15 |       onTimeout: reboot", run.OutputLines[1]);
        Assert.Equal("       |                  ^~~~~~", run.OutputLines[2]);
    }

    [Fact]
    public void With_an_output_file_no_source_is_shown()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.RunIn(".", terminal: true, "check", "-o", "report.txt", "reboot.upgrade.yaml");
        Assert.Equal(2, _workspace.Read("report.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("key: value", 6, 11, "key: value", "     ^~~~~")]
    [InlineData("\tkey: value", 7, 12, "    key: value", "         ^~~~~")]
    [InlineData("a\tb: c", 3, 4, "a   b: c", "    ^")]
    [InlineData("key: value", 6, 6, "key: value", "     ^")]
    [InlineData("x", 2, 2, "x", " ^")]
    [InlineData("a: b # c\u2028d\u2029e\u0085f", 1, 2, "a: b # c?d?e?f", "^")]
    public void Carets_line_up_with_expanded_tabs(string line, int startColumn, int endColumn, string source, string carets)
    {
        var span = new SourceSpan(1, startColumn, 1, endColumn, startColumn - 1, endColumn - 1);
        Assert.Equal((source, carets), SourceExcerpt.Render(line, span));
    }

    [Fact]
    public void A_multi_line_span_is_underlined_to_the_end_of_its_first_line()
    {
        var span = new SourceSpan(1, 3, 4, 2, 2, 40);
        Assert.Equal(("- upgrade: 5.5.1", "  ^~~~~~~~~~~~~~"), SourceExcerpt.Render("- upgrade: 5.5.1", span));
    }

    /// <summary>
    /// A time zone holding a line break and a GitHub workflow command, other control characters, and a key that is a
    /// workflow command: UG1006 and UG1002, each quoting what the user wrote.
    /// </summary>
    internal const string Injection = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        schedule:
          start: 2026-12-05T22:00
          timeZone: "Europe/Brussels\n::error file=x.yaml,line=1::injected\r\u2028\u2029\u0085\ttab\a\x7f"
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.6.0
              timeout: 30m
              onTimeout: abort
          "::error file=y,line=1::key": 1

        """;

    /// <summary>True when GitHub Actions (which skips leading white space) would read the line as a workflow command.</summary>
    internal static bool IsWorkflowCommand(string line) => line.TrimStart().StartsWith("::", StringComparison.Ordinal);

    [Fact]
    public void A_value_with_line_breaks_stays_one_finding_on_one_line()
    {
        _workspace.Write("i.upgrade.yaml", Injection);
        var run = _workspace.Run("check", "i.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(@"i.upgrade.yaml(8,13): error UG1006: 'schedule.timeZone' value 'Europe/Brussels\n::error file=x.yaml,line=1::injected\r\u2028\u2029\u0085\ttab\u0007\u007F' is malformed: expected an IANA time zone id such as Europe/Brussels", lines[0]);
        Assert.StartsWith("i.upgrade.yaml(16,3): error UG1002: unknown key 'upgrade.::error file=y,line=1::key'", lines[1]);
        Assert.Equal("2 errors, 0 warnings, 0 info in 1 file checked", lines[2]);
        Assert.DoesNotContain(run.Output, c => c != '\n' && ControlCharacters.NeedsEscape(c));
    }

    [Fact]
    public void On_a_terminal_no_line_begins_with_manifest_text()
    {
        _workspace.Write("i.upgrade.yaml", Injection);
        var run = _workspace.RunIn(".", terminal: true, "check", "i.upgrade.yaml");
        Assert.Equal(7, run.OutputLines.Length);
        Assert.Equal("    16 |   \"::error file=y,line=1::key\": 1", run.OutputLines[4]);
        Assert.DoesNotContain(run.OutputLines, IsWorkflowCommand);
    }

    [Fact]
    public void A_file_name_that_is_a_workflow_command_does_not_start_a_line()
    {
        _workspace.Write("::error file=z,line=1::pwned.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check");
        Assert.StartsWith("./::error file=z,line=1::pwned.upgrade.yaml(6,1): warning UG5003: ", run.OutputLines[0]);
        Assert.DoesNotContain(run.OutputLines, IsWorkflowCommand);
    }

    [Theory]
    [InlineData("a/b.upgrade.yaml", "a/b.upgrade.yaml")]
    [InlineData("./b.upgrade.yaml", "./b.upgrade.yaml")]
    [InlineData("/abs/b.upgrade.yaml", "/abs/b.upgrade.yaml")]
    [InlineData("::warning::x.upgrade.yaml", "./::warning::x.upgrade.yaml")]
    [InlineData(" ::x.upgrade.yaml", "./ ::x.upgrade.yaml")]
    [InlineData("##vso[task.complete]x.upgrade.yaml", "./##vso[task.complete]x.upgrade.yaml")]
    public void Paths_start_lines_only_when_they_start_like_paths(string path, string printed) =>
        Assert.Equal(printed, TextFormatter.LineStartPath(path));
}
