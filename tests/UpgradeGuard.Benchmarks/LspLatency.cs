using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Benchmarks;

/// <summary>
/// `lsp DLL [--edits N]`: starts `dotnet DLL lsp` as an editor would, opens a 200-line manifest and makes N edits one
/// after another, each waiting for the publishDiagnostics of its version. Prints the didChange -> publishDiagnostics
/// latency (median, 95th and 99th percentile, after 200 warm-up edits) and the server's resident memory at checkpoints.
/// </summary>
public static class LspLatency
{
    private const string Uri = "file:///tmp/ug-bench/cluster.upgrade.yaml";

    public static int Run(string serverDll, int edits)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false };
        start.ArgumentList.Add(serverDll);
        start.ArgumentList.Add("lsp");
        using var server = Process.Start(start)!;
        Session(server.StandardInput.BaseStream, server.StandardOutput.BaseStream, edits, "resident memory (RSS)", () => ResidentKb(server.Id) * 1024);
        server.WaitForExit(10_000);
        return 0;
    }

    /// <summary>
    /// `lsp-memory [--edits N]`: the same session against a server in this process (in-memory pipes), reporting the
    /// managed heap after a full collection (GC.GetTotalMemory(true)): what the server keeps, without JIT and GC sizing.
    /// </summary>
    public static int RunInProcess(int edits)
    {
        var toServer = new System.IO.Pipelines.Pipe();
        var fromServer = new System.IO.Pipelines.Pipe();
        var server = System.Threading.Tasks.Task.Run(() => new UpgradeGuard.Cli.Lsp.LanguageServer(toServer.Reader.AsStream(), fromServer.Writer.AsStream()).RunAsync());
        Session(toServer.Writer.AsStream(), fromServer.Reader.AsStream(), edits, "managed heap after a full GC", () => GC.GetTotalMemory(forceFullCollection: true));
        server.Wait(10_000);
        return 0;
    }

    private static void Session(Stream toServer, Stream fromServer, int edits, string memoryName, Func<long> memoryBytes)
    {
        var writer = new MessageWriter(toServer);
        var reader = new MessageReader(fromServer);

        writer.Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["capabilities"] = new JsonObject() } });
        Next(reader, m => m["id"] is not null);
        writer.Notify("initialized", new JsonObject());
        var text = Manifest200();
        writer.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });
        WaitForVersion(reader, 1, out int firstCount);

        int windowLine = text.Split('\n').TakeWhile(l => !l.StartsWith("  window:", StringComparison.Ordinal)).Count();
        var latencies = new List<double>(edits);
        var memory = new List<(int Edit, long Bytes)>();
        var clock = new Stopwatch();
        for (int edit = 1; edit <= edits; edit++)
        {
            int version = edit + 1;
            // Alternate the window between 5h and 1h: the second is below the estimate (UG5002), so the findings change.
            var change = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = new JsonObject
                    {
                        ["start"] = new JsonObject { ["line"] = windowLine, ["character"] = 10 },
                        ["end"] = new JsonObject { ["line"] = windowLine, ["character"] = 11 },
                    },
                    ["text"] = edit % 2 == 0 ? "5" : "1",
                }),
            };
            clock.Restart();
            writer.Notify("textDocument/didChange", change);
            WaitForVersion(reader, version, out _);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            if (edit == 100 || edit % 1000 == 0) memory.Add((edit, memoryBytes()));
        }

        writer.Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 2, ["method"] = "shutdown" });
        Next(reader, m => m["id"] is not null);
        writer.Notify("exit", null);

        var measured = latencies.Skip(Math.Min(200, latencies.Count / 2)).OrderBy(x => x).ToArray();
        Console.WriteLine($"manifest: {text.Split('\n').Length - 1} lines, {firstCount} diagnostics at open; {edits} edits, latency over the last {measured.Length}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"didChange -> publishDiagnostics: median {Percentile(measured, 0.50):F2} ms, p95 {Percentile(measured, 0.95):F2} ms, p99 {Percentile(measured, 0.99):F2} ms, max {measured[^1]:F2} ms"));
        foreach (var (edit, bytes) in memory) Console.WriteLine($"{memoryName} after {edit,6} edits: {bytes / 1048576.0,7:F1} MiB");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void WaitForVersion(MessageReader reader, int version, out int diagnostics)
    {
        var message = Next(reader, m => (string?)m["method"] == "textDocument/publishDiagnostics" && (int?)m["params"]!["version"] == version);
        diagnostics = message["params"]!["diagnostics"]!.AsArray().Count;
    }

    private static JsonObject Next(MessageReader reader, Func<JsonObject, bool> wanted)
    {
        while (true)
        {
            var read = reader.ReadAsync(CancellationToken.None).GetAwaiter().GetResult() ?? throw new InvalidOperationException("the server closed its output");
            if (read.Message is { } message && wanted(message)) return message;
        }
    }

    private static long ResidentKb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        return -1;
    }

    /// <summary>A realistic manifest of exactly 200 lines: the 5.3.2 -> 5.6.0 runbook, commented, with notification steps.</summary>
    public static string Manifest200()
    {
        var text = new StringBuilder("""
            # Production EMEA: three appliances, SQL Server 2019.
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            metadata:
              name: prod-emea
            cluster:
              nodes: 3
              version: 5.3.2
              addresses: [10.0.1.10, 10.0.1.11, 10.0.1.12]
            database:
              type: external
              engine: sqlserver
              version: "2019"
              host: sql01.corp.example
              tls:
                protocols: ["1.2"]
            schedule:
              start: 2026-12-05T20:00
              timeZone: Europe/Brussels
              window: 5h
            upgrade:
              to: 5.6.0
              steps:

            """);
        foreach (var hop in new[] { "5.3.3", "5.4.4", "5.5.1", "5.6.0" })
        {
            text.Append($"    # hop to {hop}: snapshot first, then upgrade one appliance after another\n");
            text.Append("    - snapshot: all\n      database: true\n");
            text.Append($"    - upgrade: {hop}\n      timeout: 2h\n      onTimeout: alert\n");
        }
        int lines = text.ToString().Count(c => c == '\n');
        for (int i = 0; lines < 199; i++, lines += 2)
        {
            text.Append($"    # reminder {i + 1}\n");
            text.Append($"    - notify-users: \"Upgrade in progress, step {i + 1}\"\n");
        }
        if (lines < 200) text.Append("    # end of the runbook\n");
        return text.ToString();
    }
}
