using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class CheckstyleFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void One_file_element_per_manifest_with_its_errors()
    {
        _workspace.Write("clean.upgrade.yaml", Manifests.Clean);
        _workspace.Write("infra/r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "checkstyle");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        var root = XDocument.Parse(run.Output).Root!;
        Assert.Equal("checkstyle", root.Name.LocalName);
        Assert.Equal(new[] { "clean.upgrade.yaml", "infra/r.upgrade.yaml", "w.upgrade.yaml" }, root.Elements("file").Select(f => (string)f.Attribute("name")!));
        Assert.Empty(root.Elements("file").First().Elements());
        var error = Assert.Single(root.Elements("file").ElementAt(1).Elements("error"));
        Assert.Equal(("15", "18", "error", "upgrade-guard.UG4006"), ((string)error.Attribute("line")!, (string)error.Attribute("column")!, (string)error.Attribute("severity")!, (string)error.Attribute("source")!));
        Assert.EndsWith("(UG4006)", (string)error.Attribute("message")!);
        Assert.Equal("warning", (string)root.Elements("file").Last().Element("error")!.Attribute("severity")!);
    }

    [Fact]
    public void Names_are_escaped_as_xml()
    {
        _workspace.Write("x<&>\".upgrade.yaml", Manifests.WarningOnly);
        var run = _workspace.Run("check", "--format", "checkstyle");
        Assert.Contains("name=\"x&lt;&amp;&gt;&quot;.upgrade.yaml\"", run.Output);
        Assert.Equal("x<&>\".upgrade.yaml", (string)XDocument.Parse(run.Output).Root!.Element("file")!.Attribute("name")!);
    }

    [SkippableFact]
    public void Dangers_checkstyle_parser_reads_the_report()
    {
        ReportConsumers.Require("danger-plugin-lint-report");
        _workspace.Write("infra/r.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("w&.upgrade.yaml", Manifests.WarningOnly);
        var path = Path.Combine(_workspace.Root, "checkstyle.xml");
        _workspace.Run("check", "--format", "checkstyle", "--output", path);

        using var parsed = ReportConsumers.Read("read-checkstyle.mjs", path, _workspace.Root);
        var violations = parsed.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, violations.Count);
        Assert.Equal("infra/r.upgrade.yaml", violations[0].GetProperty("file").GetString());
        Assert.Equal(15, violations[0].GetProperty("line").GetInt32());
        Assert.Equal(18, violations[0].GetProperty("column").GetInt32());
        Assert.Equal("error", violations[0].GetProperty("severity").GetString());
        Assert.StartsWith("'onTimeout: reboot' would", violations[0].GetProperty("message").GetString());
        Assert.Equal("w&.upgrade.yaml", violations[1].GetProperty("file").GetString());
        Assert.Equal("warning", violations[1].GetProperty("severity").GetString());
    }
}
