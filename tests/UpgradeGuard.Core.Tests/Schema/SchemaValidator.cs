using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Core.Tests.Corpus;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Schema;

/// <summary>The manifest's JSON Schema in the repository (docs/schema), found from the repository root.</summary>
public static class SchemaFile
{
    public static string FullPath => Path.Combine(TestData.RepositoryRoot, "docs", "schema", "upgrade-manifest-v1.schema.json");
}

/// <summary>One diagnostic of the validator; lines and columns 1-based.</summary>
public sealed record SchemaDiagnostic(int Line, int Column, int EndLine, int EndColumn, string Severity, string Message, string? Source)
{
    public bool IsProblem => Severity is "error" or "warning";

    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}: {Severity}: {Message} ({Source})";
}

/// <summary>The validator's verdict on a set of files, keyed by full path.</summary>
public sealed record SchemaValidation(string Validator, string Version, IReadOnlyDictionary<string, IReadOnlyList<SchemaDiagnostic>> Files);

/// <summary>
/// The real YAML language server (yaml-language-server, pinned by build/schema/package-lock.json) driven over stdio by
/// build/schema/validate-manifests.mjs: one Node process for any number of files. build/install-schema-validator.sh
/// installs it under build/schema/node_modules.
/// </summary>
public sealed class SchemaValidator
{
    public const string Help = "The schema validator is needed: install Node.js and run build/install-schema-validator.sh " +
                               "(it installs yaml-language-server under build/schema/node_modules).";

    private readonly string _node;
    private readonly string _script;

    private SchemaValidator(string node, string script)
    {
        _node = node;
        _script = script;
    }

    private static string ToolDirectory => Path.Combine(TestData.RepositoryRoot, "build", "schema");

    /// <summary>The installed validator, or null without Node.js or without build/install-schema-validator.sh having run.</summary>
    public static SchemaValidator? Find()
    {
        var script = Path.Combine(ToolDirectory, "validate-manifests.mjs");
        var server = Path.Combine(ToolDirectory, "node_modules", "yaml-language-server", "package.json");
        var node = OnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");
        return node != null && File.Exists(script) && File.Exists(server) ? new SchemaValidator(node, script) : null;
    }

    public SchemaValidation Validate(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(_node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add("--schema");
        start.ArgumentList.Add(SchemaFile.FullPath);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the schema validator did not finish in 2 minutes: " + stderr.Result);
        }
        // 0: no diagnostics, 1: diagnostics; anything else is a failure of the validator itself.
        if (process.ExitCode is not (0 or 1)) throw new InvalidOperationException($"the schema validator exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");

        using var json = JsonDocument.Parse(stdout.Result);
        var root = json.RootElement;
        var verdicts = new Dictionary<string, IReadOnlyList<SchemaDiagnostic>>(StringComparer.Ordinal);
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            verdicts[file.GetProperty("file").GetString()!] = file.GetProperty("diagnostics").EnumerateArray().Select(d => new SchemaDiagnostic(
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
                d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32(),
                d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!,
                d.GetProperty("source").ValueKind == JsonValueKind.String ? d.GetProperty("source").GetString() : null)).ToList();
        }
        return new SchemaValidation(root.GetProperty("validator").GetString()!, root.GetProperty("version").GetString()!, verdicts);
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
