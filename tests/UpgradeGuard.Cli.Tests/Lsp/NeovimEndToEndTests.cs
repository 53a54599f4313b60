using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Cli.Tests.Lsp;

/// <summary>
/// A real client: headless Neovim 0.7.2 starts <c>upgrade-guard lsp</c>, opens a sample manifest, reads the
/// diagnostics, edits a line, reads the new ones and asks for code actions (Lsp/Neovim/lsp-session.lua).
/// CI installs Neovim (build/install-neovim.sh) and must run this; without Neovim elsewhere it is Skipped.
/// </summary>
public sealed class NeovimEndToEndTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ug-nvim-" + Guid.NewGuid().ToString("N"));

    public NeovimEndToEndTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task Neovim_sees_diagnostics_follows_an_edit_and_gets_code_actions()
    {
        var nvim = FindNeovim();
        RealTool.Require(nvim != null, "Neovim is needed: run build/install-neovim.sh (apt-get install neovim).");
        var manifest = Path.Combine(_directory, "amsterdam.upgrade.yaml");
        File.Copy(Path.Combine(RepositoryPaths.Samples, "notargets-repo", "clusters", "amsterdam.upgrade.yaml"), manifest);
        var output = Path.Combine(_directory, "session.jsonl");
        var script = Path.Combine(AppContext.BaseDirectory, "Lsp", "Neovim", "lsp-session.lua");

        var start = new ProcessStartInfo(nvim!) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = _directory };
        foreach (var argument in new[] { "--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile " + script }) start.ArgumentList.Add(argument);
        start.Environment["UG_OUT"] = output;
        start.Environment["UG_FILE"] = manifest;
        start.Environment["UG_SERVER_DLL"] = Path.Combine(AppContext.BaseDirectory, "upgrade-guard.dll");
        start.Environment["UG_EDIT_LINE"] = "8";                   // "  version: 5.4.4"
        start.Environment["UG_EDIT_TEXT"] = "  version: 5.3.2";
        start.Environment["XDG_CONFIG_HOME"] = _directory;
        start.Environment["XDG_DATA_HOME"] = _directory;
        start.Environment["XDG_STATE_HOME"] = _directory;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Neovim did not finish in 2 minutes (did the server ask the user something?)");
        }
        var log = await stderr + await stdout;

        var records = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(records.All(r => r.GetProperty("step").GetString() != "error"), string.Join("\n", records) + log);

        var opened = records.Single(r => r.GetProperty("step").GetString() == "open").GetProperty("diagnostics").EnumerateArray().ToList();
        var hop = opened.Single(d => d.GetProperty("code").GetString() == "UG2001");
        Assert.Equal((18, 15, 18, 20), (hop.GetProperty("line").GetInt32(), hop.GetProperty("col").GetInt32(), hop.GetProperty("end_line").GetInt32(), hop.GetProperty("end_col").GetInt32()));
        Assert.StartsWith("upgrade 5.4.4 -> 5.6.0 skips required hops", hop.GetProperty("message").GetString());
        Assert.Contains(opened, d => d.GetProperty("code").GetString() == "UG4001");

        var edited = records.Single(r => r.GetProperty("step").GetString() == "edit");
        var newHop = edited.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "UG2001");
        Assert.StartsWith("upgrade 5.3.2 -> 5.6.0 skips required hops; supported path: 5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", newHop.GetProperty("message").GetString());
        var versions = edited.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()).ToList();
        Assert.True(versions.Last() > versions.First(), "the diagnostics after the edit carry a newer version");

        var actions = records.Single(r => r.GetProperty("step").GetString() == "codeAction").GetProperty("actions").EnumerateArray().ToList();
        Assert.All(actions, a => Assert.Equal("quickfix", a.GetProperty("kind").GetString()));
        Assert.Contains(actions, a => a.GetProperty("title").GetString()!.Contains("UG4001", StringComparison.Ordinal)
                                       || a.GetProperty("title").GetString()!.StartsWith("Disable", StringComparison.Ordinal));
    }

    private static string? FindNeovim()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, "nvim");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
