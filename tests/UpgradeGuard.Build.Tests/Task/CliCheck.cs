using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary><c>upgrade-guard check --format json</c>, in process.</summary>
public static class CliCheck
{
    /// <summary>The findings the command line reports for one file, as <see cref="Logged.Finding"/> writes them, in its order.</summary>
    public static List<string> Findings(string fullPath, params string[] options)
    {
        var arguments = new[] { "check", "--format", "json" }.Concat(options).Append(fullPath).ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = Cli.Cli.Run(arguments, new CliEnvironment(output, error, Path.GetDirectoryName(fullPath)));
        Assert.True(exitCode is 0 or 1, $"check exited {exitCode}: {error}");
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}-{d.GetProperty("endLine").GetInt32()}:{d.GetProperty("endColumn").GetInt32()} " +
                         $"{d.GetProperty("severity").GetString()} {d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}")
            .ToList();
    }

    /// <summary>
    /// The .editorconfig and .globalconfig files the command line finds for <paramref name="fullPath"/> (it walks up the
    /// folders), nearest last, so the task can be handed the same ones.
    /// </summary>
    public static List<string> ConfigurationFilesAbove(string fullPath)
    {
        var files = new List<string>();
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(fullPath)!); directory != null; directory = directory.Parent)
        {
            foreach (var name in new[] { ".editorconfig", ".globalconfig" })
            {
                var candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate)) files.Insert(0, candidate);
            }
        }
        return files;
    }
}
