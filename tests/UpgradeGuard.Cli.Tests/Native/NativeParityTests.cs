using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace UpgradeGuard.Cli.Tests.Native;

/// <summary>
/// The Native AOT executable against the framework-dependent tool (<c>dotnet upgrade-guard.dll</c>): the same
/// command in the same folder gives the same standard output, standard error and exit code, byte for byte.
/// <c>.ci/run</c> publishes the native executable and names it in <c>UPGRADEGUARD_NATIVE_CLI</c>; without it the
/// test is Skipped (and fails under CI=true).
/// </summary>
public sealed class NativeParityTests
{
    public const string Variable = "UPGRADEGUARD_NATIVE_CLI";

    private static readonly string[] CheckFormats = { "text", "json", "sarif", "github", "junit", "gitlab", "azure-pipelines", "checkstyle" };
    private static readonly string[] PlanFormats = { "text", "yaml", "markdown" };

    private readonly ITestOutputHelper _log;

    public NativeParityTests(ITestOutputHelper log) => _log = log;

    /// <summary>Each case: a name, the folder (relative to the repository) it runs in, stdin (or ""), then the arguments.</summary>
    public static IEnumerable<object[]> Commands()
    {
        const string corpus = "tests/UpgradeGuard.Core.Tests/testdata";
        foreach (var format in CheckFormats)
        {
            yield return Case($"check {format} corpus", ".", "", "check", corpus, "--format", format);
            yield return Case($"check {format} samples", ".", "", "check", "samples", "--format", format);
        }
        yield return Case("check warnings as errors", ".", "", "check", "samples/clusters", "--warnings-as-errors");
        yield return Case("check a missing path", ".", "", "check", "nope.upgrade.yaml");
        yield return Case("check a bad format", ".", "", "check", "samples", "--format", "xml");
        yield return Case("check an unreadable catalog", ".", "", "check", "samples/clusters", "--catalog", "nope.catalog.yaml");
        yield return Case("check in a folder", "samples/clusters", "", "check");
        foreach (var manifest in SampleManifestsInRepository())
        {
            foreach (var format in PlanFormats) yield return Case($"plan {format} {manifest}", ".", "", "plan", manifest, "--format", format);
        }
        foreach (var format in PlanFormats)
        {
            yield return Case($"plan {format} by versions", ".", "", "plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "3",
                "--db", "sqlserver:2016", "--start", "2026-12-01T10:00", "--time-zone", "Europe/Brussels", "--format", format);
        }
        yield return Case("plan an unknown zone", ".", "", "plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "1",
            "--start", "2026-12-01T10:00", "--time-zone", "Europe/Brusels");
        yield return Case("plan no path", ".", "", "plan", "--from", "9.9.9", "--to", "5.6.0", "--nodes", "1");
        yield return Case("rules text", ".", "", "rules");
        yield return Case("rules json", ".", "", "rules", "--format", "json");
        yield return Case("fix diff corpus", ".", "", "fix", corpus);
        yield return Case("fix diff samples", ".", "", "fix", "samples");
        yield return Case("version", ".", "", "--version");
        yield return Case("help", ".", "", "--help");
        yield return Case("check help", ".", "", "check", "--help");
        yield return Case("unknown command", ".", "", "lint");
        yield return Case("language server session", ".", LanguageServerSession(), "lsp");
    }

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public async Task The_native_executable_prints_what_the_framework_dependent_tool_prints(string name, string folder, string input, string[] args)
    {
        var native = Environment.GetEnvironmentVariable(Variable);
        RealTool.Require(!string.IsNullOrEmpty(native) && File.Exists(native),
            $"the Native AOT executable is needed: `dotnet publish src/UpgradeGuard.Cli -c Release -r linux-x64 -o DIR`, then {Variable}=DIR/upgrade-guard (.ci/run does both)");
        var tool = Path.Combine(AppContext.BaseDirectory, "upgrade-guard.dll");
        Assert.True(File.Exists(tool), "upgrade-guard.dll is not next to the tests: " + tool);
        var directory = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, folder));

        var expected = await RunAsync("dotnet", new[] { tool }.Concat(args), directory, input);
        var actual = await RunAsync(native!, args, directory, input);

        _log.WriteLine($"{name}: exit {expected.ExitCode}, {expected.Output.Length} bytes out, {expected.Error.Length} bytes err");
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        AssertSameBytes("standard error", expected.Error, actual.Error);
        AssertSameBytes("standard output", expected.Output, actual.Output);
    }

    [Fact]
    public void The_cases_cover_every_check_format_and_every_plan_format()
    {
        var cases = Commands().Select(c => (string[])c[3]).ToList();
        foreach (var format in CheckFormats) Assert.Contains(cases, a => a[0] == "check" && a.Contains(format));
        foreach (var format in PlanFormats) Assert.Contains(cases, a => a[0] == "plan" && a.Contains(format));
        Assert.Contains(cases, a => a[0] == "fix");
        Assert.Contains(cases, a => a[0] == "rules");
        Assert.Contains(cases, a => a[0] == "lsp");
    }

    private static object[] Case(string name, string folder, string input, params string[] args) => new object[] { name, folder, input, args };

    private static IEnumerable<string> SampleManifestsInRepository() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, "clusters"), "*.upgrade.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Where a session waits until the server has published diagnostics (they are published asynchronously).</summary>
    private const string WaitForDiagnostics = "<wait for publishDiagnostics>";

    /// <summary>initialize, open a manifest with findings, ask for hover, completion and code actions, shut down.</summary>
    private static string LanguageServerSession()
    {
        const string uri = "file:///work/clusters/lab.upgrade.yaml";
        var text = SampleManifests.Lab().Replace("\r\n", "\n");
        var json = new[]
        {
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""",
            """{"jsonrpc":"2.0","method":"initialized","params":{}}""",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"yaml\",\"version\":1,\"text\":" + System.Text.Json.JsonSerializer.Serialize(text) + "}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":4,\"character\":12}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":6,\"character\":8}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\"},\"range\":{\"start\":{\"line\":8,\"character\":0},\"end\":{\"line\":8,\"character\":30}},\"context\":{\"diagnostics\":[]}}}",
            """{"jsonrpc":"2.0","id":5,"method":"shutdown","params":null}""",
            """{"jsonrpc":"2.0","method":"exit","params":null}""",
        };
        var session = new StringBuilder();
        for (int i = 0; i < json.Length; i++)
        {
            // The requests after didOpen wait for its diagnostics, so every run writes the same messages in the same order.
            if (i == 3) session.Append(WaitForDiagnostics);
            session.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(json[i])).Append("\r\n\r\n").Append(json[i]);
        }
        return session.ToString();
    }

    private static void AssertSameBytes(string stream, byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual)) return;
        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 80), Math.Min(bytes.Length, at + 80) - Math.Max(0, at - 80));
        Assert.Fail($"{stream} differs at byte {at} ({expected.Length} vs {actual.Length} bytes)\nframework-dependent: ...{Around(expected)}...\nnative:              ...{Around(actual)}...");
    }

    private static async Task<RawRun> RunAsync(string program, IEnumerable<string> args, string directory, string input)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in args) start.ArgumentList.Add(argument);
        // Both run as a CI job runs them: not on a terminal, no CI-specific summary file.
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        using var process = Process.Start(start)!;
        var output = new SharedBuffer();
        var error = new SharedBuffer();
        var copyOutput = output.FillFromAsync(process.StandardOutput.BaseStream);
        var copyError = error.FillFromAsync(process.StandardError.BaseStream);
        var parts = input.Split(WaitForDiagnostics);
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                var waited = Stopwatch.StartNew();
                while (!output.Contains("textDocument/publishDiagnostics") && waited.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited) await Task.Delay(20);
            }
            var bytes = Encoding.UTF8.GetBytes(parts[i]);
            await process.StandardInput.BaseStream.WriteAsync(bytes);
            await process.StandardInput.BaseStream.FlushAsync();
        }
        process.StandardInput.Close();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(2))) != exited)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish");
        }
        await Task.WhenAll(copyOutput, copyError);
        return new RawRun(process.ExitCode, output.ToArray(), error.ToArray());
    }

    private sealed record RawRun(int ExitCode, byte[] Output, byte[] Error);

    /// <summary>A stream's bytes as they arrive, readable while it is still being written.</summary>
    private sealed class SharedBuffer
    {
        private readonly MemoryStream _bytes = new();

        public async Task FillFromAsync(Stream stream)
        {
            var chunk = new byte[8192];
            int read;
            while ((read = await stream.ReadAsync(chunk)) > 0)
            {
                lock (_bytes) _bytes.Write(chunk, 0, read);
            }
        }

        public bool Contains(string text)
        {
            lock (_bytes) return Encoding.UTF8.GetString(_bytes.GetBuffer(), 0, (int)_bytes.Length).Contains(text, StringComparison.Ordinal);
        }

        public byte[] ToArray()
        {
            lock (_bytes) return _bytes.ToArray();
        }
    }
}
