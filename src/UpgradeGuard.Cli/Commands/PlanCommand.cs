using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Reporting.Runbooks;

namespace UpgradeGuard.Cli.Commands;

/// <summary>
/// <c>upgrade-guard plan [MANIFEST] [--from V --to V --nodes N] [--db ENGINE:VERSION] [--start T] [--time-zone Z]</c>:
/// the supported path with estimates and steps, as text, a <c>steps:</c> block or a markdown runbook.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var manifest = new Argument<string?>("manifest")
        {
            Description = "An upgrade manifest: its cluster, target, database and schedule are planned for (instead of --from, --to, --nodes).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var from = new Option<string?>("--from") { Description = "The version the cluster runs, e.g. 5.3.2." };
        var to = new Option<string?>("--to") { Description = "The target version, e.g. 5.6.0." };
        var nodes = new Option<int>("--nodes") { Description = "The number of appliances in the cluster." };
        var database = new Option<string?>("--db") { Description = "The external database as ENGINE:VERSION, e.g. sqlserver:2019 (engines: sqlserver, azure-sql, postgresql)." };
        var start = new Option<string?>("--start") { Description = "The start of the downtime, local time yyyy-MM-ddTHH:mm." };
        var timeZone = new Option<string?>("--time-zone") { Description = "The IANA time zone of --start and of business hours (Mon-Fri 08:00-18:00), e.g. Europe/Brussels." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default), yaml (a steps: block to paste under upgrade:) or markdown (a runbook for a change ticket).",
            DefaultValueFactory = _ => RunbookFormats.Text,
        };
        format.AcceptOnlyFromAmong(RunbookFormats.All);
        var output = new Option<string?>("--output", "-o") { Description = "Write the plan to this file instead of the standard output." };
        var catalogs = CommonInputs.Catalogs();

        var command = new Command("plan", "Print the supported upgrade path with estimates, steps and schedule, for a manifest or for --from/--to/--nodes.")
        {
            manifest, from, to, nodes, database, start, timeZone, format, output, catalogs,
        };
        command.SetAction(parseResult =>
        {
            var settings = new PlanSettings(
                parseResult.GetValue(manifest),
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

        Runbook runbook;
        if (settings.Manifest != null)
        {
            var fullPath = environment.FullPath(settings.Manifest);
            byte[] bytes;
            try
            {
                bytes = RegularFile.ReadAllBytes(fullPath);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return Fail(environment, new List<string> { ProblemMessages.Format($"cannot read '{settings.Manifest}': {ex.Message}") }, ExitCodes.BadInput);
            }
            var displayPath = DisplayPaths.For(environment.WorkingDirectory, fullPath, settings.Manifest);
            runbook = Runbook.FromManifest(new UpgradeGuardEngine(catalogs).Analyze(displayPath, bytes));
        }
        else
        {
            var inputs = new RunbookInputs(settings.From!, settings.To!, settings.Nodes!.Value)
            {
                Database = settings.Database,
                Start = settings.Start,
                TimeZone = settings.TimeZone,
            };
            runbook = Runbook.FromInputs(inputs, catalogs);
        }

        if (!runbook.IsPossible)
        {
            var messages = runbook.Problems.Select(p => ProblemMessages.Format(p.Message)).ToList();
            return Fail(environment, messages, runbook.Problems.All(p => p.Kind == RunbookProblemKind.NoPath) ? ExitCodes.ErrorsFound : ExitCodes.BadInput);
        }

        var text = RunbookFormats.Render(runbook, settings.Format);
        if (settings.OutputFile is null)
        {
            environment.Output.Write(text);
            environment.Output.Flush();
            return ExitCodes.Success;
        }
        try
        {
            var fullPath = environment.FullPath(settings.OutputFile);
            var directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllText(fullPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return Fail(environment, new List<string> { ProblemMessages.Format($"cannot write '{settings.OutputFile}': {ex.Message}") }, ExitCodes.BadInput);
        }
    }

    private static int Fail(CliEnvironment environment, List<string> problems, int exitCode)
    {
        foreach (var problem in problems) environment.Error.WriteLine(problem);
        environment.Error.Flush();
        return exitCode;
    }
}
