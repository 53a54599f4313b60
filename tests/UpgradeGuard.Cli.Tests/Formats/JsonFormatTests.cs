using System;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Formats;

public sealed class JsonFormatTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Json_has_the_documented_fields_in_sorted_order()
    {
        _workspace.Write("w.upgrade.yaml", Manifests.WarningOnly);
        _workspace.Write("r.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "--format", "json");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());

        using var document = JsonDocument.Parse(run.Output);
        var diagnostics = document.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(new[] { "diagnostics" }, document.RootElement.EnumerateObject().Select(p => p.Name));

        var first = diagnostics[0];
        Assert.Equal(
            new[] { "id", "severity", "message", "file", "line", "column", "endLine", "endColumn", "helpUri" },
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("UG4006", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.StartsWith("'onTimeout: reboot'", first.GetProperty("message").GetString());
        Assert.Equal("r.upgrade.yaml", first.GetProperty("file").GetString());
        Assert.Equal(15, first.GetProperty("line").GetInt32());
        Assert.Equal(18, first.GetProperty("column").GetInt32());
        Assert.Equal(15, first.GetProperty("endLine").GetInt32());
        Assert.Equal(24, first.GetProperty("endColumn").GetInt32());
        Assert.EndsWith("docs/rules/UG4006.md", first.GetProperty("helpUri").GetString());

        Assert.Equal("UG5003", diagnostics[1].GetProperty("id").GetString());
        Assert.Equal("warning", diagnostics[1].GetProperty("severity").GetString());
        Assert.Equal("w.upgrade.yaml", diagnostics[1].GetProperty("file").GetString());
    }

    [Fact]
    public void Json_with_no_findings_is_an_empty_list()
    {
        _workspace.Write("c.upgrade.yaml", Manifests.Clean);
        var run = _workspace.Run("check", "--format", "json");
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(0, document.RootElement.GetProperty("diagnostics").GetArrayLength());
    }
}
