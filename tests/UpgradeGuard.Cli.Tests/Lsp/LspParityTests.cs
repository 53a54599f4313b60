using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

/// <summary>For every manifest of the corpus, the server publishes the ids, ranges and severities <c>check --format json</c> reports.</summary>
public sealed class LspParityTests
{
    private static string TestData => Path.GetDirectoryName(RepositoryPaths.ErrTestData)!;

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestData, "*.upgrade.yaml", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(TestData, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Server_publishes_what_check_reports(string relativePath)
    {
        var path = Path.Combine(TestData, relativePath);
        Assert.Equal(Check(path), await Published(path));
    }

    public static TheoryData<string> DiscoveredFiles() => DiscoveredFindings.FilesData();

    /// <summary>
    /// The editor opening a file is discovery by its name: for every file of samples/ and the testdata, the server
    /// publishes what check reports when it finds the file in its folder, and nothing for another tool's file.
    /// </summary>
    [Theory]
    [MemberData(nameof(DiscoveredFiles))]
    public async Task Server_publishes_what_check_of_the_folder_reports(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        Assert.Equal(DiscoveredFindings.For(path), await Published(path));
    }

    [Fact]
    public async Task The_go_live_checklist_gets_nothing_and_a_misspelt_kind_gets_UG1003()
    {
        var checklist = Path.Combine(RepositoryPaths.Samples, "clusters", "staging", "go-live-checklist.upgrade.yaml");
        Assert.Empty(await Published(checklist));

        var typo = Path.Combine(RepositoryPaths.ErrTestData, "ug1003-discovered-kind-typo.upgrade.yaml");
        Assert.Equal("5:7-5:18 error UG1003: kind 'UpgradePlna' is not 'UpgradePlan': this file is not an upgrade manifest", Assert.Single(await Published(typo)));
    }

    private static async Task<List<string>> Published(string path)
    {
        var uri = new Uri(path).AbsoluteUri;
        await using var client = await LspTestClient.StartAsync();
        client.Open(uri, File.ReadAllText(path));
        var published = await client.DiagnosticsAsync(uri, 1);

        return published["diagnostics"]!.AsArray().Select(d =>
        {
            var range = d!["range"]!;
            var severity = (int)d["severity"]! switch { 1 => "error", 2 => "warning", 3 => "info", _ => "hint" };
            return $"{(int)range["start"]!["line"]! + 1}:{(int)range["start"]!["character"]! + 1}-{(int)range["end"]!["line"]! + 1}:{(int)range["end"]!["character"]! + 1} {severity} {d["code"]}: {d["message"]}";
        }).OrderBy(l => l, StringComparer.Ordinal).ToList();
    }

    private static List<string> Check(string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Cli.Run(new[] { "check", "--format", "json", path }, new CliEnvironment(output, error, Path.GetDirectoryName(path)));
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}-{d.GetProperty("endLine").GetInt32()}:{d.GetProperty("endColumn").GetInt32()} " +
                         $"{d.GetProperty("severity").GetString()} {d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}")
            .OrderBy(l => l, StringComparer.Ordinal).ToList();
    }
}
