using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Tests.Corpus;
using Xunit.Abstractions;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Schema;

/// <summary>
/// The JSON Schema (docs/schema/upgrade-manifest-v1.schema.json) checked by a real validator, the YAML language server
/// editors use: it accepts every manifest of the ok/ corpus and rejects, on the right line, what the engine rejects.
/// One Node process validates every file of this class (<see cref="SchemaValidationRun"/>). Without the validator the
/// tests are Skipped (the rejected cases still check the engine first), and fail in CI (CI=true), which installs it.
/// </summary>
public sealed class SchemaValidationTests : IClassFixture<SchemaValidationRun>
{
    private readonly SchemaValidationRun _run;
    private readonly ITestOutputHelper _log;

    public SchemaValidationTests(SchemaValidationRun run, ITestOutputHelper log)
    {
        _run = run;
        _log = log;
    }

    [SkippableFact]
    public void Every_ok_manifest_validates_with_no_schema_diagnostic()
    {
        RealTool.Require(_run.Validator != null, SchemaValidator.Help);
        var result = _run.Result!;
        _log.WriteLine($"{result.Validator} {result.Version}");
        Assert.NotEmpty(_run.OkFiles);
        var failures = new List<string>();
        foreach (var file in _run.OkFiles)
        {
            Assert.True(result.Files.ContainsKey(file), $"the validator did not report on {Path.GetFileName(file)}");
            var diagnostics = result.Files[file];
            foreach (var d in diagnostics.Where(d => !d.IsProblem)) _log.WriteLine($"{Path.GetFileName(file)}({d}) [not a problem]");
            failures.AddRange(diagnostics.Where(d => d.IsProblem).Select(d => $"{Path.GetFileName(file)}({d})"));
        }
        Assert.True(failures.Count == 0, "ok/ manifests the schema rejects:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The err/ corpus: the schema finds problems on exactly the lines where the engine finds structural ones (unknown
    /// or missing keys, wrong words and shapes, kind, apiVersion), and none in a manifest whose findings are all rules
    /// (paths, database, snapshots, schedule): it encodes no rule. YAML syntax errors (UG1001) are left out, since two
    /// parsers need not stop at the same place.
    /// </summary>
    [SkippableFact]
    public void Err_manifests_get_schema_problems_on_the_engines_structural_lines_only()
    {
        RealTool.Require(_run.Validator != null, SchemaValidator.Help);
        var structural = new[] { RuleIds.InvalidManifest, RuleIds.NotAnUpgradePlan, RuleIds.UnsupportedApiVersion, RuleIds.MalformedValue };
        var engine = new UpgradeGuardEngine();
        var mismatches = new List<string>();
        foreach (var file in _run.ErrFiles)
        {
            var diagnostics = engine.Analyze(file, File.ReadAllBytes(file)).Diagnostics;
            if (diagnostics.Any(d => d.Id == RuleIds.InvalidYaml)) continue;
            // A well-formed start that the calendar cannot hold (after 9999-12-31 in UTC or with its downtime) is UG1006
            // too, but it is arithmetic on the value, not its form: no JSON Schema pattern can say it.
            var engineLines = diagnostics.Where(d => structural.Contains(d.Id) && !IsPastTheCalendar(d)).Select(d => d.Span.StartLine).Distinct().OrderBy(l => l).ToList();
            var problems = _run.Result!.Files[file].Where(d => d.IsProblem).ToList();
            var schemaLines = problems.Select(d => d.Line).Distinct().OrderBy(l => l).ToList();
            if (!engineLines.SequenceEqual(schemaLines))
            {
                mismatches.Add($"{Path.GetFileName(file)}: engine [{string.Join(", ", engineLines)}], schema [{string.Join(", ", schemaLines)}]" +
                               string.Concat(problems.Select(d => "\n    " + d)));
            }
        }
        Assert.NotEmpty(_run.ErrFiles);
        Assert.True(mismatches.Count == 0, "lines of the engine's structural findings and of the schema's problems differ:\n" + string.Join("\n", mismatches));
    }

    private static bool IsPastTheCalendar(Core.Diagnostics.Diagnostic diagnostic) =>
        diagnostic.Id == RuleIds.MalformedValue && diagnostic.Message.Contains("9999", StringComparison.Ordinal) && diagnostic.Message.Contains("calendar", StringComparison.Ordinal);

    [SkippableFact]
    public void The_base_of_the_rejected_cases_validates()
    {
        RealTool.Require(_run.Validator != null, SchemaValidator.Help);
        Assert.Empty(_run.Result!.Files[_run.PathOf(SchemaValidationRun.BaseName)].Where(d => d.IsProblem).Select(d => d.ToString()));
        Assert.DoesNotContain(new UpgradeGuardEngine().Analyze("base.upgrade.yaml", SchemaValidationRun.Base).Diagnostics,
            d => d.Id is RuleIds.InvalidManifest or RuleIds.MalformedValue);
    }

    [SkippableTheory]
    [InlineData("unknown-root-key", "colour")]
    [InlineData("unknown-nested-key", "protocol")]
    [InlineData("unknown-step-key", "databse")]
    public void Unknown_key_is_rejected_on_its_line_and_named(string name, string key) =>
        AssertRejected(name, key);

    [SkippableTheory]
    [InlineData("unknown-step-action", "upgrades")]
    [InlineData("unknown-on-timeout", "\"alert\"")]
    [InlineData("unknown-engine", "\"postgresql\"")]
    [InlineData("unknown-day", "\"mon\"")]
    public void Word_outside_its_list_is_rejected(string name, string named) =>
        AssertRejected(name, named);

    /// <summary>
    /// The case's manifest gets schema problems, all on the line the case changed, one naming <paramref name="named"/>
    /// (the unknown key, or an allowed word); the engine reports UG1002 on that line too.
    /// </summary>
    private void AssertRejected(string name, string named)
    {
        var (text, line) = SchemaValidationRun.Case(name);
        var engineLines = new UpgradeGuardEngine().Analyze(name + ".upgrade.yaml", text).Diagnostics
            .Where(d => d.Id == RuleIds.InvalidManifest).Select(d => d.Span.StartLine);
        Assert.Contains(line, engineLines);

        RealTool.Require(_run.Validator != null, SchemaValidator.Help);
        var problems = _run.Result!.Files[_run.PathOf(name)].Where(d => d.IsProblem).ToList();
        foreach (var d in problems) _log.WriteLine(d.ToString());
        Assert.True(problems.Count > 0, $"the schema accepts the case {name}, which the engine rejects on line {line}:\n{text}");
        Assert.All(problems, d => Assert.True(d.Line == line, $"expected every problem on line {line}: {d}"));
        Assert.Contains(problems, d => d.Message.Contains(named, StringComparison.Ordinal));
    }
}

/// <summary>Writes the rejected cases next to each other and validates them with the ok/ and err/ corpora in one run.</summary>
public sealed class SchemaValidationRun : IDisposable
{
    public const string BaseName = "base";

    public const string Base = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        metadata:
          name: schema-cases
        cluster:
          nodes: 2
          version: 5.4.4
          tls:
            protocols: ["1.2"]
        database:
          type: external
          engine: sqlserver
          version: "2019"
          tls:
            protocols: ["1.2"]
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 2h
          businessHours:
            days: [mon, tue, wed, thu, fri]
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
              database: true
            - upgrade: 5.5.1
              timeout: 1h
              onTimeout: abort
            - snapshot: all
              database: true
            - upgrade: 5.6.0

        """;

    /// <summary>Each case: the base with one text replaced (the replacement is on the line the problem is expected).</summary>
    private static readonly Dictionary<string, (string Find, string Replace)> Cases = new Dictionary<string, (string, string)>
    {
        ["unknown-root-key"] = ("metadata:\n", "colour: blue\nmetadata:\n"),
        ["unknown-nested-key"] = ("    protocols: [\"1.2\"]\ndatabase:", "    protocol: [\"1.2\"]\ndatabase:"),
        ["unknown-step-key"] = ("    - snapshot: all\n      database: true\n    - upgrade: 5.5.1", "    - snapshot: all\n      databse: true\n    - upgrade: 5.5.1"),
        ["unknown-step-action"] = ("    - upgrade: 5.6.0", "    - upgrades: 5.6.0"),
        ["unknown-on-timeout"] = ("onTimeout: abort", "onTimeout: explode"),
        ["unknown-engine"] = ("engine: sqlserver", "engine: mysql"),
        ["unknown-day"] = ("days: [mon,", "days: [monday,"),
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ug-schema-" + Guid.NewGuid().ToString("N"));

    public SchemaValidationRun()
    {
        OkFiles = Manifests("ok");
        ErrFiles = Manifests("err");
        Validator = SchemaValidator.Find();
        if (Validator is null) return;

        Directory.CreateDirectory(_directory);
        File.WriteAllText(PathOf(BaseName), Base);
        foreach (var name in Cases.Keys) File.WriteAllText(PathOf(name), Case(name).Text);
        Result = Validator.Validate(OkFiles.Concat(ErrFiles).Concat(new[] { PathOf(BaseName) }).Concat(Cases.Keys.Select(PathOf)));
    }

    private static List<string> Manifests(string folder) =>
        Directory.EnumerateFiles(Path.Combine(TestData.OutputRoot, folder), "*.upgrade.y*ml")
            .Select(Path.GetFullPath)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    public SchemaValidator? Validator { get; }
    public SchemaValidation? Result { get; }
    public IReadOnlyList<string> OkFiles { get; }
    public IReadOnlyList<string> ErrFiles { get; }

    public string PathOf(string name) => Path.GetFullPath(Path.Combine(_directory, name + ".upgrade.yaml"));

    /// <summary>The case's text and the 1-based line of its change.</summary>
    public static (string Text, int Line) Case(string name)
    {
        var (find, replace) = Cases[name];
        int at = Base.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || find == replace) throw new InvalidOperationException($"case {name}: '{find}' is not in the base manifest, or changes nothing");
        var text = Base.Substring(0, at) + replace + Base.Substring(at + find.Length);
        // The changed line: the first line where the case differs from the base.
        var baseLines = Base.Split('\n');
        var lines = text.Split('\n');
        int line = Enumerable.Range(0, lines.Length).First(i => i >= baseLines.Length || lines[i] != baseLines[i]) + 1;
        return (text, line);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
