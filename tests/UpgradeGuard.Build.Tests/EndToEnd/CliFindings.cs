using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli;

namespace UpgradeGuard.Build.Tests.EndToEnd;

/// <summary>What `upgrade-guard check --format json` reports for a folder, in-process.</summary>
public static class CliFindings
{
    public sealed record Finding(string Path, int Line, int Column, int EndLine, int EndColumn, string Severity, string Id, string Message);

    public static List<Finding> Check(string folder, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Cli.Cli.Run(new[] { "check", "--format", "json" }.Concat(options).Append(folder).ToArray(), new CliEnvironment(output, error, folder));
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new Finding(
                System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, d.GetProperty("file").GetString()!)),
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
                d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32(),
                d.GetProperty("severity").GetString()!, d.GetProperty("id").GetString()!, d.GetProperty("message").GetString()!))
            .ToList();
    }
}
