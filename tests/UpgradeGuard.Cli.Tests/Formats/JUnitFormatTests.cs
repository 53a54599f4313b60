using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class JUnitFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Errors_and_warnings_are_failures_naming_id_position_and_message_and_clean_files_pass()
    {
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "junit");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", run.Output);
        var root = XDocument.Parse(run.Output).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(("3", "2"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!));
        Assert.Equal(new[] { "clean.upgrade.yaml", "r.upgrade.yaml", "w.upgrade.yaml" }, root.Elements("testsuite").Select(s => (string)s.Attribute("name")!));

        var clean = Assert.Single(root.Elements("testsuite").First().Elements("testcase"));
        Assert.Empty(clean.Elements());
        var reboot = Assert.Single(root.Elements("testsuite").ElementAt(1).Elements("testcase"));
        Assert.Equal("UG4006 at line 15, column 18", (string)reboot.Attribute("name")!);
        Assert.Equal("15", (string)reboot.Attribute("line")!);
        var failure = reboot.Element("failure")!;
        Assert.Equal("UG4006", (string)failure.Attribute("type")!);
        Assert.StartsWith("UG4006: 'onTimeout: reboot' would", (string)failure.Attribute("message")!);
        Assert.StartsWith("r.upgrade.yaml(15,18): error UG4006: 'onTimeout: reboot' would", failure.Value);
        Assert.StartsWith("w.upgrade.yaml(6,1): warning UG5003:", root.Elements("testsuite").Last().Element("testcase")!.Element("failure")!.Value);
    }

    [Fact]
    public void Info_findings_are_not_failures()
    {
        _workspace.Write("old.upgrade.yaml", Manifests.Clean.Replace("version: 5.5.1", "version: 5.4.4").Replace("to: 5.6.0", "to: 5.5.1").Replace("upgrade: 5.6.0", "upgrade: 5.5.1"));
        var run = _workspace.Run("check", "--format", "junit");
        var root = XDocument.Parse(run.Output).Root!;
        Assert.Equal(("1", "0"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!));
    }

    [Fact]
    public void Names_and_messages_are_escaped_as_xml()
    {
        const string name = "a&b<c>\"d'.upgrade.yaml";
        _workspace.Write(name, Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "--format", "junit");
        Assert.Contains("a&amp;b&lt;c&gt;", run.Output);
        var suite = XDocument.Parse(run.Output).Root!.Element("testsuite")!;
        Assert.Equal(name, (string)suite.Attribute("name")!);
        Assert.Contains("'onTimeout: reboot'", (string)suite.Element("testcase")!.Element("failure")!.Attribute("message")!);
    }

    [SkippableFact]
    public void Junit2json_reads_the_report()
    {
        ReportConsumers.Require("junit2json");
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        _workspace.Write("a&b.upgrade.yaml", Manifests.RebootOnTimeout);
        var path = Path.Combine(_workspace.Root, "report.xml");
        _workspace.Run("check", "--format", "junit", "--output", path);

        using var parsed = ReportConsumers.Read("read-junit.mjs", path);
        var report = parsed.RootElement;
        Assert.Equal(2, report.GetProperty("tests").GetInt32());
        Assert.Equal(1, report.GetProperty("failures").GetInt32());
        var suites = report.GetProperty("testsuite").EnumerateArray().ToList();
        Assert.Equal("a&b.upgrade.yaml", suites[0].GetProperty("name").GetString());
        var failed = suites[0].GetProperty("testcase")[0];
        Assert.Equal("UG4006 at line 15, column 18", failed.GetProperty("name").GetString());
        var failure = failed.GetProperty("failure")[0];
        Assert.Equal("UG4006", failure.GetProperty("type").GetString());
        Assert.StartsWith("UG4006: 'onTimeout: reboot' would", failure.GetProperty("message").GetString());
        Assert.False(suites[1].GetProperty("testcase")[0].TryGetProperty("failure", out _));
    }
}
