using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace UpgradeGuard.Build.Tests.EndToEnd;

/// <summary>Runs the real `dotnet` CLI, as a user would, and reads what MSBuild logged.</summary>
public static class Dotnet
{
    // path(line,col): or path(line,col,endLine,endCol): then severity, code, message, the compiler's help link, the project.
    private static readonly Regex DiagnosticLine = new(
        @"^\s*(?:\d+>)?(?<path>\S.*?)\((?<line>\d+),(?<column>\d+)(?:,(?<endLine>\d+),(?<endColumn>\d+))?\): (?<severity>error|warning|info) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \((?<help>https://[^ )]+)\))? \[(?<project>[^\]]+)\]\s*$",
        RegexOptions.Multiline);

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // The test host's own MSBuild settings must not leak into the user's build.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" }) start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>
    /// `dotnet build` (or another command) of <paramref name="project"/>, logged once to a file: no console logger and no
    /// summary, so each diagnostic MSBuild received appears exactly once in <see cref="BuildResult.Log"/>.
    /// </summary>
    public static BuildResult Build(string project, string verbosity = "minimal", params string[] arguments) =>
        Command("build", project, verbosity, arguments);

    public static BuildResult Command(string command, string project, string verbosity, params string[] arguments)
    {
        var log = Path.Combine(Path.GetDirectoryName(project)!, $"{command}-{Guid.NewGuid():N}.log");
        var all = new List<string> { command, project, "-nr:false", "-nologo", "-noconsolelogger", $"-flp:logfile={log};verbosity={verbosity};NoSummary;Encoding=UTF-8" };
        all.AddRange(arguments);
        var (exitCode, output) = Run(Path.GetDirectoryName(project)!, all.ToArray());
        var text = File.Exists(log) ? File.ReadAllText(log) : "";
        if (File.Exists(log)) File.Delete(log);
        return new BuildResult(exitCode, text + output);
    }

    public static List<Logged> Diagnostics(string log) => DiagnosticLine.Matches(log)
        .Where(m => m.Groups["id"].Value.StartsWith("UG", StringComparison.Ordinal))
        .Select(m => new Logged(
            m.Groups["path"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value),
            m.Groups["endLine"].Success ? int.Parse(m.Groups["endLine"].Value) : null,
            m.Groups["endColumn"].Success ? int.Parse(m.Groups["endColumn"].Value) : null,
            m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value,
            m.Groups["help"].Success ? m.Groups["help"].Value : null, m.Groups["project"].Value))
        .ToList();
}

public sealed record BuildResult(int ExitCode, string Log)
{
    public List<Logged> Diagnostics => Dotnet.Diagnostics(Log);

    /// <summary>The task's closing message: present when the task ran (normal verbosity or more).</summary>
    public bool TaskRan => Log.Contains("UpgradeGuard: ", StringComparison.Ordinal) && Log.Contains("manifest(s) checked", StringComparison.Ordinal);

    public override string ToString() => $"exit {ExitCode}\n{Log}";
}

/// <summary>One diagnostic line as MSBuild printed it.</summary>
public sealed record Logged(string Path, int Line, int Column, int? EndLine, int? EndColumn, string Severity, string Id, string Message, string? Help, string Project)
{
    public string Located => $"{System.IO.Path.GetFileName(Path)}({Line},{Column}): {Severity} {Id}";
}
