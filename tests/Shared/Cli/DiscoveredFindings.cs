using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli;
using Xunit;

namespace UpgradeGuard.Tests.Shared;

/// <summary>
/// The reference for the discovery parity tests: what <c>upgrade-guard check --format json</c> reports when it finds the
/// files itself, in the folders <c>samples/</c> and the engine's testdata. Every surface that discovers files (the
/// package's glob in the task and the analyzer, the language server) must report the same for each file, and nothing
/// for a file the discovery rule skips (the go-live checklist). Linked into the test projects that reference the CLI.
/// </summary>
public static class DiscoveredFindings
{
    private static readonly string[] SkippedFolders = { "bin", "obj", ".git", "node_modules" };
    private static readonly Lazy<Dictionary<string, List<string>>> Reported = new Lazy<Dictionary<string, List<string>>>(CheckFolders);

    /// <summary>The folders searched.</summary>
    public static IReadOnlyList<string> Roots => new[] { RepositoryPaths.Samples, RepositoryPaths.TestData };

    /// <summary>Every file named like a manifest under <see cref="Roots"/> (bin/ and obj/ left out), relative to the repository root with '/'.</summary>
    public static IReadOnlyList<string> Files() =>
        Roots.SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".upgrade.yaml", StringComparison.Ordinal) || path.EndsWith(".upgrade.yml", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(SkippedFolders.Contains))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> FilesData()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files()) data.Add(file);
        return data;
    }

    /// <summary>
    /// The findings check reported for <paramref name="fullPath"/> when it found the file in its folder, as
    /// <c>line:col-endLine:endCol severity ID: message</c>, sorted ordinally; empty for a file it skipped.
    /// </summary>
    public static List<string> For(string fullPath) =>
        Reported.Value.TryGetValue(Path.GetFullPath(fullPath), out var findings) ? findings : new List<string>();

    /// <summary>How a finding is compared across surfaces.</summary>
    public static string Line(string id, string severity, int line, int column, int endLine, int endColumn, string message) =>
        $"{line}:{column}-{endLine}:{endColumn} {severity} {id}: {message}";

    private static Dictionary<string, List<string>> CheckFolders()
    {
        var byFile = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var root in Roots)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int exitCode = Cli.Cli.Run(new[] { "check", "--format", "json", "." }, new CliEnvironment(output, error, root));
            Assert.True(exitCode is 0 or 1, $"check {root} exited {exitCode}: {error}");
            using var json = JsonDocument.Parse(output.ToString());
            foreach (var d in json.RootElement.GetProperty("diagnostics").EnumerateArray())
            {
                var file = Path.GetFullPath(Path.Combine(root, d.GetProperty("file").GetString()!));
                if (!byFile.TryGetValue(file, out var findings)) byFile[file] = findings = new List<string>();
                findings.Add(Line(
                    d.GetProperty("id").GetString()!, d.GetProperty("severity").GetString()!,
                    d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
                    d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32(),
                    d.GetProperty("message").GetString()!));
            }
        }
        foreach (var findings in byFile.Values) findings.Sort(StringComparer.Ordinal);
        return byFile;
    }
}
