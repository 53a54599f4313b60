using System;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Cli.Tests.Infrastructure;
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
        Assert.Equal("          onTimeout: reboot", run.OutputLines[1]);
        Assert.Equal("                     ^~~~~~", run.OutputLines[2]);
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
}
