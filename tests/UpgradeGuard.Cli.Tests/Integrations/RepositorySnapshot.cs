using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace UpgradeGuard.Cli.Tests.Integrations;

/// <summary>
/// Copies of this repository's source as a user gets it (no bin/, obj/, artifacts/ or other build output), and the
/// processes the integration tests run: a runner's shell steps, git, pre-commit.
/// </summary>
public static class RepositorySnapshot
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "bin", "obj", "artifacts", "TestResults", "node_modules", ".vs", "BenchmarkDotNet.Artifacts",
    };

    /// <summary>Copies the repository's working tree (uncommitted work included) to <paramref name="target"/>.</summary>
    public static void CopyTo(string target) => Copy(RepositoryPaths.Root, target);

    public static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            // In a git worktree or submodule '.git' is a file that points at the real repository: a copy must not
            // carry it, or git commands in the copy would act on that repository.
            if (Skipped.Contains(Path.GetFileName(file))) continue;
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        foreach (var directory in Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (Skipped.Contains(name)) continue;
            if ((new DirectoryInfo(directory).Attributes & FileAttributes.ReparsePoint) != 0) continue;
            Copy(directory, Path.Combine(target, name));
        }
    }

    /// <summary>True when <paramref name="program"/> runs (<c>program --version</c> exits 0).</summary>
    public static bool IsInstalled(string program)
    {
        try
        {
            return Run(Path.GetTempPath(), program, new[] { "--version" }, null).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Runs a program to its end (at most 15 minutes) and returns its exit code and its output (stdout then stderr).</summary>
    public static ProcessRun Run(string workingDirectory, string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host's MSBuild settings must not leak into a build the process starts.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "DOTNET_HOST_PATH" })
        {
            start.Environment.Remove(key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment != null)
        {
            foreach (var (key, value) in environment) start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish");
        }
        process.WaitForExit();
        return new ProcessRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Lines of the form <c>name=value</c> from a runner's GITHUB_OUTPUT file.</summary>
    public static Dictionary<string, string> ReadOutputs(string file)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file)) return outputs;
        foreach (var line in File.ReadAllLines(file).Where(l => l.Contains('=', StringComparison.Ordinal)))
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            outputs[line[..equals]] = line[(equals + 1)..];
        }
        return outputs;
    }
}

public sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
