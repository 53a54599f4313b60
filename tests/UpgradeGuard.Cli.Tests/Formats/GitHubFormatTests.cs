using System;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class GitHubFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void GitHub_lines_are_workflow_commands()
    {
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("old.upgrade.yaml", Manifests.Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1"));
        var run = _workspace.Run("check", "--format", "github");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(3, run.OutputLines.Length);
        Assert.StartsWith("::notice file=old.upgrade.yaml,line=10,col=7,endLine=10,endColumn=12,title=UG2006::", run.OutputLines[0]);
        Assert.StartsWith("::error file=r.upgrade.yaml,line=15,col=18,endLine=15,endColumn=24,title=UG4006::'onTimeout: reboot' would", run.OutputLines[1]);
        Assert.StartsWith("::warning file=w.upgrade.yaml,line=6,col=1,endLine=6,endColumn=8,title=UG5003::the upgrade has no schedule.start", run.OutputLines[2]);
    }

    [Theory]
    [InlineData("50% done\r\nnext", "50%25 done%0D%0Anext")]
    [InlineData("a: b, c", "a: b, c")]
    public void Data_is_escaped(string value, string expected) => Assert.Equal(expected, GitHubFormatter.EscapeData(value));

    [Theory]
    [InlineData("dir/a,b:c.upgrade.yaml", "dir/a%2Cb%3Ac.upgrade.yaml")]
    [InlineData("100%\n", "100%25%0A")]
    public void Properties_are_escaped(string value, string expected) => Assert.Equal(expected, GitHubFormatter.EscapeProperty(value));

    [Fact]
    public void Files_with_commas_in_their_names_are_escaped()
    {
        _workspace.Write("a,b.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "github");
        Assert.StartsWith("::warning file=a%2Cb.upgrade.yaml,line=6,", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_value_with_line_breaks_stays_one_annotation_on_one_line()
    {
        _workspace.Write("i.upgrade.yaml", TextFormatTests.Injection);
        var run = _workspace.Run("check", "--format", "github", "i.upgrade.yaml");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(@"::error file=i.upgrade.yaml,line=8,col=13,endLine=8,endColumn=99,title=UG1006::'schedule.timeZone' value 'Europe/Brussels\n::error file=x.yaml,line=1::injected\r\u2028\u2029\u0085\ttab\u0007\u007F' is malformed: expected an IANA time zone id such as Europe/Brussels", lines[0]);
        Assert.StartsWith("::error file=i.upgrade.yaml,line=16,col=3,", lines[1]);
        Assert.DoesNotContain(run.Output, c => c != '\n' && UpgradeGuard.Core.Diagnostics.ControlCharacters.NeedsEscape(c));
    }

    [Fact]
    public void A_file_name_with_a_line_break_stays_in_its_property()
    {
        _workspace.Write("a\n::error file=z::b.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "github");
        Assert.StartsWith("::warning file=a%0A%3A%3Aerror file=z%3A%3Ab.upgrade.yaml,line=6,", Assert.Single(run.OutputLines));
    }
}
