using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using UpgradeGuard.Cli;
using Xunit;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>
/// `dotnet build` of samples/dotnet-build, a project with no C# code: it fails on the bad manifest with the located
/// errors the command line reports, and the user's configuration decides the rest. One class, so the builds of the one
/// project never overlap.
/// </summary>
public sealed class SampleBuildTests
{
    private static readonly string SampleDirectory = Path.Combine(RepositoryPaths.Root, "samples", "dotnet-build");
    private static readonly string Project = Path.Combine(SampleDirectory, "ClusterUpgrades.csproj");
    private static readonly string Amsterdam = Path.Combine(SampleDirectory, "clusters", "amsterdam.upgrade.yaml");
    private static readonly Regex DiagnosticLine = new(@"^(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>UG\d{4}): (?<message>.*) \((?<help>https://[^ )]+)\) \[[^\]]+\]$", RegexOptions.Multiline);

    [Fact]
    public void Build_fails_with_the_located_errors_the_command_line_reports()
    {
        var (exitCode, output) = Build();

        Assert.NotEqual(0, exitCode);
        var lines = Diagnostics(output);
        Assert.Equal(new[]
        {
            $"{Amsterdam}(19,7): error UG4001",
            $"{Amsterdam}(19,16): error UG2001",
        }, lines.Select(l => $"{l.Path}({l.Line},{l.Column}): {l.Severity} {l.Id}").ToArray());
        Assert.All(lines, l => Assert.Equal($"https://github.com/upgradeguard/upgradeguard/blob/main/docs/rules/{l.Id}.md", l.Help));
        Assert.DoesNotContain("AD0001", output);

        // The same findings, word for word, as `upgrade-guard check` of the folder (which reads the same .editorconfig).
        Assert.Equal(CheckWithCli(), lines.Select(l => $"{l.Path}({l.Line},{l.Column}): {l.Severity} {l.Id}: {l.Message}").ToList());
    }

    [Fact]
    public void TreatWarningsAsErrors_raises_the_warning_the_editorconfig_section_would_have_switched_off()
    {
        // Without the sample's .editorconfig, the lab's UG5001 warning is back, and TreatWarningsAsErrors makes it an error.
        var (exitCode, output) = Build("-p:DiscoverEditorConfigFiles=false", "-p:TreatWarningsAsErrors=true");

        Assert.NotEqual(0, exitCode);
        var lab = Assert.Single(Diagnostics(output), l => l.Id == "UG5001");
        Assert.Equal((Path.Combine(SampleDirectory, "clusters", "lab", "lab.upgrade.yaml"), 13, 10, "error"), (lab.Path, lab.Line, lab.Column, lab.Severity));
    }

    [Fact]
    public void NoWarn_lets_the_build_pass()
    {
        var (exitCode, output) = Build("-p:NoWarn=UG2001%3BUG4001");

        Assert.True(exitCode == 0, output);
        Assert.Empty(Diagnostics(output));
    }

    private sealed record Reported(string Path, int Line, int Column, string Severity, string Id, string Message, string Help);

    private static List<Reported> Diagnostics(string output) => DiagnosticLine.Matches(output)
        .Select(m => new Reported(m.Groups["path"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value),
            m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value, m.Groups["help"].Value))
        .Distinct()
        .OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column).ThenBy(l => l.Id, StringComparer.Ordinal)
        .ToList();

    private static List<string> CheckWithCli()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Cli.Cli.Run(new[] { "check", "--format", "json", SampleDirectory }, new CliEnvironment(output, error, SampleDirectory));
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{Path.Combine(SampleDirectory, d.GetProperty("file").GetString()!)}({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()}): " +
                         $"{d.GetProperty("severity").GetString()} {d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}")
            .ToList();
    }

    private static (int ExitCode, string Output) Build(params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = SampleDirectory,
        };
        foreach (var argument in new[] { "build", Project, "-nr:false", "-nologo", "-clp:NoSummary" }.Concat(properties)) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
