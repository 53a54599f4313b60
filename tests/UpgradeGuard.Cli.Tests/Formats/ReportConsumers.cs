using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace UpgradeGuard.Cli.Tests.Formats;

/// <summary>
/// The real readers of the CI formats (build/consumers, installed by build/install-report-consumers.sh), run with
/// Node.js through their driver scripts. A test calls <see cref="Require"/> first: Skipped when they are missing,
/// failed under CI=true.
/// </summary>
public static class ReportConsumers
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "build", "consumers");

    public static void Require(string package)
    {
        bool installed = NodeOnPath() && File.Exists(Path.Combine(Directory, "node_modules", package, "package.json"));
        RealTool.Require(installed, $"Node.js and the npm package {package} are needed: install Node.js and run build/install-report-consumers.sh");
    }

    /// <summary>Runs <c>node build/consumers/SCRIPT args</c>; returns its exit code and standard output (and error).</summary>
    public static (int ExitCode, string Output, string Error) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Directory };
        start.ArgumentList.Add(Path.Combine(Directory, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in 5 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a reader script that prints JSON, and parses what it printed (failing on a non-zero exit).</summary>
    public static JsonDocument Read(string script, params string[] arguments)
    {
        var (exitCode, output, error) = Run(script, arguments);
        Assert.True(exitCode == 0, $"node {script} exited with {exitCode}:\n{output}\n{error}");
        return JsonDocument.Parse(output);
    }

    private static bool NodeOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, OperatingSystem.IsWindows() ? "node.exe" : "node")));
}
