using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using UpgradeGuard.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace UpgradeGuard.Cli.Tests.Formats;

/// <summary>
/// Runs Microsoft's SARIF multitool over real output (rule kinds Sarif and Gh, the GitHub code scanning rules).
/// The tool comes from .ci/tools (build/install-sarif-tool.sh) or npx. Without Node.js the tests are Skipped, and
/// fail under CI=true (RealTool.Require).
/// </summary>
public sealed class SarifValidationTests : IDisposable
{
    private const string ToolNeeded = "The SARIF multitool is needed: install Node.js and run build/install-sarif-tool.sh";
    private static readonly Regex Problem = new Regex(@"\b(error|warning) (SARIF|GH|JSON)\d+", RegexOptions.CultureInvariant);
    private readonly ITestOutputHelper _log;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ug-sarif-" + Guid.NewGuid().ToString("N"));

    public SarifValidationTests(ITestOutputHelper log)
    {
        _log = log;
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string> Cases() => new TheoryData<string, string>
    {
        { "samples", "Sarif" },
        { "samples", "Gh" },
        { "tests/UpgradeGuard.Core.Tests/testdata/err", "Sarif" },
        { "tests/UpgradeGuard.Core.Tests/testdata/err", "Gh" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Real_output_passes_the_sarif_multitool(string folder, string ruleKind)
    {
        var tool = SarifMultitool.Find();
        RealTool.Require(tool != null, ToolNeeded);

        var sarifPath = Path.Combine(_directory, "report.sarif");
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = Cli.Run(new[] { "check", "--format", "sarif", "--output", sarifPath, folder }, new CliEnvironment(output, error, RepositoryPaths.Root));
        Assert.True(exitCode is ExitCodes.Success or ExitCodes.ErrorsFound, error.ToString());
        using (var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath)))
        {
            Assert.NotEqual(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        }
        AssertValid(tool!, sarifPath, ruleKind);
    }

    /// <summary>A log with a suppressed finding (with and without a reason) and a failed invocation (a file that does not exist).</summary>
    [SkippableTheory]
    [InlineData("Sarif")]
    [InlineData("Gh")]
    public void Suppressions_and_a_failed_invocation_pass_the_sarif_multitool(string ruleKind)
    {
        var tool = SarifMultitool.Find();
        RealTool.Require(tool != null, ToolNeeded);

        var workspace = Path.Combine(_directory, "repo");
        Directory.CreateDirectory(Path.Combine(workspace, ".git"));
        File.WriteAllText(Path.Combine(workspace, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(workspace, "s.upgrade.yaml"), Manifests.SuppressedWithReason);
        File.WriteAllText(Path.Combine(workspace, "n.upgrade.yaml"), Manifests.SuppressedWithoutReason);
        var sarifPath = Path.Combine(_directory, "failed.sarif");
        int exitCode = Cli.Run(new[] { "check", "--format", "sarif", "--output", sarifPath, "s.upgrade.yaml", "n.upgrade.yaml", "missing.upgrade.yaml" },
            new CliEnvironment(new StringWriter(), new StringWriter(), workspace));
        Assert.Equal(ExitCodes.BadInput, exitCode);
        using (var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath)))
        {
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
            Assert.Equal(2, run.GetProperty("results").EnumerateArray().Count(r => r.TryGetProperty("suppressions", out _)));
        }
        AssertValid(tool!, sarifPath, ruleKind);
    }

    private void AssertValid(SarifMultitool tool, string sarifPath, string ruleKind)
    {
        var validationLog = Path.Combine(_directory, "validation-" + Path.GetFileNameWithoutExtension(sarifPath) + ".sarif");
        var (validatorExit, text) = tool.Validate(sarifPath, ruleKind, validationLog);
        _log.WriteLine(text);

        Assert.True(validatorExit == 0, $"the validator exited with {validatorExit}:\n{text}");
        Assert.DoesNotMatch(Problem, text);
        Assert.Empty(ProblemsIn(validationLog));
    }

    /// <summary>Results of the validator's own log at level error or warning (SARIF's default level is warning).</summary>
    private static List<string> ProblemsIn(string validationLog)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(validationLog));
        var problems = new List<string>();
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results)) continue;
            foreach (var result in results.EnumerateArray())
            {
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                if (level is "error" or "warning") problems.Add(result.GetRawText());
            }
        }
        return problems;
    }

    private sealed class SarifMultitool
    {
        private readonly string _fileName;
        private readonly string[] _prefix;

        private SarifMultitool(string fileName, params string[] prefix)
        {
            _fileName = fileName;
            _prefix = prefix;
        }

        public static SarifMultitool? Find()
        {
            var installed = Path.Combine(RepositoryPaths.Root, ".ci", "tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "sarif-multitool.cmd" : "sarif-multitool");
            if (File.Exists(installed) && OnPath("node")) return new SarifMultitool(installed);
            var npx = OperatingSystem.IsWindows() ? "npx.cmd" : "npx";
            return OnPath(npx) ? new SarifMultitool(npx, "-y", "@microsoft/sarif-multitool") : null;
        }

        public (int ExitCode, string Output) Validate(string sarifPath, string ruleKind, string logPath)
        {
            var start = new ProcessStartInfo(_fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in _prefix) start.ArgumentList.Add(argument);
            // The npm wrapper passes arguments through a shell: keep them free of spaces and ';'.
            foreach (var argument in new[] { "validate", sarifPath, "--rule-kind", ruleKind, "--output", logPath, "--log", "ForceOverwrite" })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the SARIF multitool did not finish in 5 minutes");
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }

        private static bool OnPath(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(directory => File.Exists(Path.Combine(directory, program)));
    }
}
