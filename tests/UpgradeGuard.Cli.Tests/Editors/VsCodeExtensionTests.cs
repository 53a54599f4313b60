using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Core;
using Xunit;
using Xunit.Abstractions;

namespace UpgradeGuard.Cli.Tests.Editors;

/// <summary>
/// The VS Code extension (editors/vscode), built as a user builds it (<c>npm ci</c>, <c>vsce package</c>) and proven
/// in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven by Debian's headless Chromium through
/// playwright-core, all installed by build/install-vscode-e2e.sh (which .ci/run calls). Without them the tests are
/// Skipped; under CI=true they fail.
/// </summary>
[Collection(nameof(VsCodeExtensionTests))]
public sealed class VsCodeExtensionTests : IClassFixture<VsCodeExtensionTests.PackagedExtension>
{
    /// <summary>A cluster that jumps straight from 5.3.2 to 5.6.0 without a snapshot: UG2001 and UG4001 on line 12.</summary>
    public const string SkippedHop = """
        # The EMEA lab cluster: one appliance, no external database.
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        metadata:
          name: lab-emea
        cluster:
          nodes: 1
          version: 5.3.2
        upgrade:
          to: 5.6.0
          steps:
            - upgrade: 5.6.0     # straight to the latest release
              timeout: 2h
              onTimeout: abort
        # Reviewed by the change board.

        """;

    private const string ManifestName = "skipped-hop.upgrade.yaml";
    private readonly PackagedExtension _extension;
    private readonly ITestOutputHelper _log;

    public VsCodeExtensionTests(PackagedExtension extension, ITestOutputHelper log)
    {
        _extension = extension;
        _log = log;
    }

    [SkippableFact]
    public void Server_search_order_unit_tests_pass_under_node()
    {
        RealTool.Require(Tools.Node is not null, "Node.js is needed for the extension's unit tests (apt-get install nodejs).");
        var run = Tools.Run(Tools.Node!, new[] { "--test", "test/unit" }, PackagedExtension.Folder, TimeSpan.FromMinutes(2));
        _log.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("# pass 8", run.Output);
        Assert.Contains("# fail 0", run.Output);
    }

    [SkippableFact]
    public void In_a_real_VS_Code_the_problems_match_check_the_quick_fix_applies_and_an_edit_shows_then_clears()
    {
        _extension.RequireBuilt();
        using var workspace = new TempFolder("ug-vscode-ws-");
        var manifest = Path.Combine(workspace.Path, ManifestName);
        File.WriteAllText(manifest, SkippedHop);
        var expected = new UpgradeGuardEngine().Analyze(ManifestName, SkippedHop).Diagnostics
            .Where(d => d.Id is "UG2001" or "UG4001")
            .Select(d => $"{d.Id}@{d.Span.StartLine}")
            .ToList();
        Assert.Equal(new[] { "UG4001@12", "UG2001@12" }, expected);

        var screenshots = Path.Combine(RepositoryPaths.Root, "TestResults", "vscode");
        Directory.CreateDirectory(screenshots);
        var run = Tools.Run(Tools.Node!, new[]
        {
            "test/e2e/run.mjs", "--vsix", _extension.Vsix, "--workspace", workspace.Path, "--manifest", ManifestName,
            "--expect", string.Join(",", expected), "--screenshots", screenshots,
        }, PackagedExtension.Folder, TimeSpan.FromMinutes(5));
        _log.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, run.Output);

        using var report = JsonDocument.Parse(run.StandardOutput);
        var root = report.RootElement;
        Assert.True(root.GetProperty("ok").GetBoolean());
        var before = Problems(root, "problemsBefore");
        Assert.Contains("UG2001@12", before);
        Assert.Contains("UG4001@12", before);
        Assert.DoesNotContain(Problems(root, "problemsAfterFix"), p => p.StartsWith("UG2001", StringComparison.Ordinal));
        var fixedText = root.GetProperty("fixedText").GetString()!;
        Assert.Contains("    - upgrade: 5.3.3", fixedText);
        foreach (var comment in new[] { "# The EMEA lab cluster: one appliance, no external database.", "# straight to the latest release", "# Reviewed by the change board." })
        {
            Assert.Contains(comment, fixedText);
        }
        Assert.Contains("UG1002@7", Problems(root, "problemsAfterEdit"));
        Assert.DoesNotContain(Problems(root, "problemsAfterUndo"), p => p.EndsWith("@7", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(screenshots, "vscode-quick-fix.png")));
    }

    [SkippableFact]
    public void The_extension_tests_pass_in_the_real_extension_host()
    {
        _extension.RequireBuilt();
        using var workspace = new TempFolder("ug-vscode-it-");
        File.WriteAllText(Path.Combine(workspace.Path, ManifestName), SkippedHop);
        var run = Tools.Run(Tools.Node!, new[] { "test/e2e/integration.mjs", "--workspace", workspace.Path }, PackagedExtension.Folder, TimeSpan.FromMinutes(5));
        _log.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("5 passed, 0 failed", run.StandardOutput);
        Assert.DoesNotContain("not ok", run.StandardOutput);
    }

    private static List<string> Problems(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(p => $"{p.GetProperty("id").GetString()}@{p.GetProperty("line").GetInt32()}").ToList();

    /// <summary>The .vsix, built once for the class the way a user builds it: npm ci, then vsce package.</summary>
    public sealed class PackagedExtension
    {
        public static string Folder => Path.Combine(RepositoryPaths.Root, "editors", "vscode");

        private readonly string? _problem;

        public PackagedExtension()
        {
            Vsix = Path.Combine(Folder, "upgrade-guard.vsix");
            if (Tools.Node is null || Tools.Npm is null) { _problem = "Node.js and npm are needed to build the VS Code extension."; return; }
            if (!Tools.CodeServerInstalled) { _problem = "code-server, Chromium and playwright-core are needed: run build/install-vscode-e2e.sh."; return; }
            var install = Tools.Run(Tools.Npm, new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" }, Folder, TimeSpan.FromMinutes(5));
            if (install.ExitCode != 0) { _problem = "npm ci failed in editors/vscode:\n" + install.Output; return; }
            if (File.Exists(Vsix)) File.Delete(Vsix);
            var package = Tools.Run(Tools.Npm, new[] { "run", "package" }, Folder, TimeSpan.FromMinutes(8));
            if (package.ExitCode != 0 || !File.Exists(Vsix)) _problem = "vsce package failed in editors/vscode:\n" + package.Output;
        }

        public string Vsix { get; }

        public void RequireBuilt()
        {
            if (_problem is not null && _problem.Contains("failed", StringComparison.Ordinal)) Assert.Fail(_problem);
            RealTool.Require(_problem is null, _problem ?? "");
        }
    }

    private static class Tools
    {
        public static readonly string? Node = Find("node");
        public static readonly string? Npm = Find("npm");

        public static bool CodeServerInstalled
        {
            get
            {
                var prefix = Environment.GetEnvironmentVariable("UPGRADEGUARD_CODE_SERVER_DIR")
                    ?? Path.Combine(Environment.GetEnvironmentVariable("UPGRADEGUARD_TOOLS") ?? "/opt/upgradeguard-tools", "code-server-4.100.3");
                var chromium = Environment.GetEnvironmentVariable("UPGRADEGUARD_CHROMIUM") ?? "/usr/bin/chromium";
                return File.Exists(Path.Combine(prefix, ".complete")) && File.Exists(chromium);
            }
        }

        private static string? Find(string name) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, name))
                .FirstOrDefault(File.Exists);

        public static ProcessResult Run(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
        {
            var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return new ProcessResult(-1, stdout.Result, stderr.Result + $"\n{file} did not finish in {timeout.TotalMinutes} minutes");
            }
            process.WaitForExit();
            return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    private sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => StandardOutput + "\n" + StandardError;
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder(string prefix)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
