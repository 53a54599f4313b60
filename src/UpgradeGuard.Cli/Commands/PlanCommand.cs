using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Reporting.Runbooks;

namespace UpgradeGuard.Cli.Commands;

/// <summary>
/// <c>upgrade-guard plan [PATH...] [--from V --to V --nodes N] [--db ENGINE:VERSION] [--start T] [--time-zone Z]</c>:
/// the supported path with estimates and steps, as text, a <c>steps:</c> block or a markdown runbook (one per manifest),
/// or an iCalendar file with one event per scheduled manifest.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var manifests = CommonInputs.ManifestPaths();
        manifests.Description = "Upgrade manifests, or folders searched for them as check searches: each one's cluster, target, database and schedule are planned for (instead of --from, --to, --nodes).";
        var from = new Option<string?>("--from") { Description = "The version the cluster runs, e.g. 5.3.2." };
        var to = new Option<string?>("--to") { Description = "The target version, e.g. 5.6.0." };
        var nodes = new Option<int>("--nodes") { Description = "The number of appliances in the cluster." };
        var database = new Option<string?>("--db") { Description = $"The external database as ENGINE:VERSION, e.g. sqlserver:2019 (engines: {string.Join(", ", CatalogLoader.BuiltIn.EngineIds)})." };
        var start = new Option<string?>("--start") { Description = "The start of the downtime, local time yyyy-MM-ddTHH:mm." };
        var timeZone = new Option<string?>("--time-zone") { Description = "The IANA time zone of --start and of business hours (Mon-Fri 08:00-18:00), e.g. Europe/Brussels." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default), yaml (a steps: block to paste under upgrade:), markdown (a runbook for a change ticket) or ics (an iCalendar file with one event per scheduled manifest).",
            DefaultValueFactory = _ => RunbookFormats.Text,
        };
        format.AcceptOnlyFromAmong(RunbookFormats.All.Append(RunbookCalendar.Format).ToArray());
        var output = new Option<string?>("--output", "-o") { Description = "Write the plan to this file instead of the standard output." };
        var catalogs = CommonInputs.Catalogs();

        var command = new Command("plan", "Print the supported upgrade path with estimates, steps and schedule, for manifests (files or folders) or for --from/--to/--nodes; --format ics writes their maintenance windows as a calendar.")
        {
            manifests, from, to, nodes, database, start, timeZone, format, output, catalogs,
        };
        command.SetAction(parseResult =>
        {
            var settings = new PlanSettings(
                parseResult.GetValue(manifests) ?? Array.Empty<string>(),
                parseResult.GetValue(from),
                parseResult.GetValue(to),
                parseResult.GetResult(nodes) is null ? null : parseResult.GetValue(nodes),
                parseResult.GetValue(database),
                parseResult.GetValue(start),
                parseResult.GetValue(timeZone),
                parseResult.GetValue(format) ?? RunbookFormats.Text,
                parseResult.GetValue(output),
                parseResult.GetValue(catalogs) ?? Array.Empty<string>());
            return Task.FromResult(Run(settings, environment));
        });
        return command;
    }

    public static int Run(PlanSettings settings, CliEnvironment environment)
    {
        var problems = settings.ArgumentProblems();
        if (problems.Count > 0) return Fail(environment, problems, ExitCodes.BadInput);

        var catalogs = CatalogFiles.Load(settings.Catalogs, environment, problems);
        if (catalogs is null) return Fail(environment, problems, ExitCodes.BadInput);

        var runbooks = new List<RunbookCalendar.Entry>();
        var runProblems = new List<string>();
        int exitCode = ExitCodes.Success;
        if (settings.Manifests.Count > 0)
        {
            var discovery = new ManifestDiscovery(environment.WorkingDirectory);
            var files = discovery.Discover(settings.Manifests);
            runProblems.AddRange(discovery.Problems);
            if (discovery.Problems.Count > 0) exitCode = ExitCodes.BadInput;
            var engine = new UpgradeGuardEngine(catalogs);
            int manifestCount = 0;
            foreach (var file in files)
            {
                byte[] bytes;
                try
                {
                    bytes = file.ReadAllBytes();
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    runProblems.Add(ProblemMessages.Format($"cannot read '{file.DisplayPath}': {ex.Message}"));
                    exitCode = ExitCodes.BadInput;
                    continue;
                }
                // As check does: a file found in a folder that is not an upgrade manifest is skipped; one named is always planned.
                var analysis = engine.Analyze(file.DisplayPath, bytes, new AnalysisOptions { IsExplicit = file.IsExplicit });
                if (analysis.IsSkipped) continue;
                manifestCount++;
                var runbook = Runbook.FromManifest(analysis);
                if (!runbook.IsPossible)
                {
                    runProblems.AddRange(runbook.Problems.Select(p => ProblemMessages.Format(p.Message)));
                    exitCode = Worse(exitCode, runbook.Problems.All(p => p.Kind == RunbookProblemKind.NoPath) ? ExitCodes.ErrorsFound : ExitCodes.BadInput);
                    continue;
                }
                runbooks.Add(new RunbookCalendar.Entry(runbook, Identity(file.FullPath)));
            }
            if (manifestCount == 0 && runProblems.Count == 0)
            {
                runProblems.Add(ProblemMessages.Format($"no upgrade manifest found in {string.Join(", ", settings.Manifests)}: nothing to plan"));
                exitCode = ExitCodes.BadInput;
            }
        }
        else
        {
            var inputs = new RunbookInputs(settings.From!, settings.To!, settings.Nodes!.Value)
            {
                Database = settings.Database,
                Start = settings.Start,
                TimeZone = settings.TimeZone,
            };
            var runbook = Runbook.FromInputs(inputs, catalogs);
            if (!runbook.IsPossible)
            {
                var messages = runbook.Problems.Select(p => ProblemMessages.Format(p.Message)).ToList();
                return Fail(environment, messages, runbook.Problems.All(p => p.Kind == RunbookProblemKind.NoPath) ? ExitCodes.ErrorsFound : ExitCodes.BadInput);
            }
            runbooks.Add(new RunbookCalendar.Entry(runbook, $"inputs:{runbook.From}->{runbook.To}x{runbook.Nodes}"));
        }

        if (settings.Format == RunbookCalendar.Format)
        {
            foreach (var unscheduled in runbooks.Where(r => r.Runbook.Downtime is null))
            {
                runProblems.Add(ProblemMessages.Format(
                    $"{unscheduled.Runbook.ManifestPath ?? "the plan"} has no schedule.start: it has no event in the calendar", "note"));
            }
        }
        if (runbooks.Count == 0) return Fail(environment, runProblems, exitCode);

        var text = settings.Format == RunbookCalendar.Format
            ? RunbookCalendar.Render(runbooks, DateTime.UtcNow)
            : Render(runbooks.Select(r => r.Runbook).ToList(), settings.Format);
        if (settings.OutputFile is null)
        {
            environment.Output.Write(text);
            environment.Output.Flush();
            return Finish(environment, runProblems, exitCode);
        }
        try
        {
            var fullPath = environment.FullPath(settings.OutputFile);
            var directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllText(fullPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return Finish(environment, runProblems, exitCode);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            runProblems.Add(ProblemMessages.Format($"cannot write '{settings.OutputFile}': {ex.Message}"));
            return Fail(environment, runProblems, ExitCodes.BadInput);
        }
    }

    /// <summary>One runbook per manifest; with several, each one headed by its manifest (text, yaml) or set apart by a rule (markdown).</summary>
    private static string Render(IReadOnlyList<Runbook> runbooks, string format)
    {
        if (runbooks.Count == 1) return RunbookFormats.Render(runbooks[0], format);
        var text = new StringBuilder();
        foreach (var runbook in runbooks)
        {
            if (text.Length > 0) text.Append(format == RunbookFormats.Markdown ? "\n---\n\n" : "\n");
            if (format == RunbookFormats.Text) text.Append("==> ").Append(runbook.ManifestPath).Append(" <==\n");
            if (format == RunbookFormats.Yaml) text.Append("# ").Append(runbook.ManifestPath).Append('\n');
            text.Append(RunbookFormats.Render(runbook, format));
        }
        return text.ToString();
    }

    /// <summary>A manifest's identity for its calendar UID: its path in its repository, so every clone gives the same one.</summary>
    private static string Identity(string fullPath)
    {
        var root = RepositoryRoot.Find(Path.GetDirectoryName(fullPath) ?? fullPath);
        return Path.GetRelativePath(root, fullPath).Replace('\\', '/');
    }

    private static int Worse(int a, int b) => a == ExitCodes.BadInput || b == ExitCodes.BadInput ? ExitCodes.BadInput : Math.Max(a, b);

    private static int Finish(CliEnvironment environment, List<string> problems, int exitCode)
    {
        foreach (var problem in problems) environment.Error.WriteLine(problem);
        environment.Error.Flush();
        return exitCode;
    }

    private static int Fail(CliEnvironment environment, List<string> problems, int exitCode)
    {
        foreach (var problem in problems) environment.Error.WriteLine(problem);
        environment.Error.Flush();
        return exitCode;
    }
}
