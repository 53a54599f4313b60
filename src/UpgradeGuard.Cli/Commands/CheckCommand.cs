using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Commands;

/// <summary><c>upgrade-guard check [PATH...]</c>: checks manifests and reports in one format.</summary>
public static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonInputs.ManifestPaths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format.",
            DefaultValueFactory = _ => ReportFormats.Text,
        };
        format.AcceptOnlyFromAmong(ReportFormats.All);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the standard output." };
        var catalogs = CommonInputs.Catalogs();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors." };

        var command = new Command("check", "Check upgrade manifests.") { paths, format, output, catalogs, warningsAsErrors };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new CheckSettings(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                parseResult.GetValue(format) ?? ReportFormats.Text,
                parseResult.GetValue(output),
                parseResult.GetValue(catalogs) ?? Array.Empty<string>(),
                parseResult.GetValue(warningsAsErrors));
            return Task.FromResult(Run(settings, environment, cancellationToken));
        });
        return command;
    }

    public static int Run(CheckSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (catalogs, files) = CommonInputs.Load(settings.Paths, settings.Catalogs, environment, problems);
        if (catalogs is null)
        {
            // Nothing was checked. SARIF still writes its log, an unsuccessful invocation saying why, so a code
            // scanning upload after a failed run finds a log that does not look like a clean one.
            if (settings.Format == ReportFormats.Sarif)
            {
                var empty = new CheckReport(new List<Diagnostic>(), new Dictionary<string, ManifestFile>(), 0).WithProblems(problems);
                WriteReport(ReportFormats.Create(settings.Format, false, RepositoryRoot.Find(environment.WorkingDirectory)), empty, settings.OutputFile, environment, problems);
            }
            CommonInputs.WriteProblems(environment, problems);
            return ExitCodes.BadInput;
        }

        var report = new ManifestChecker(catalogs, settings.WarningsAsErrors).Check(files, problems, cancellationToken).WithProblems(problems);
        bool showSource = environment.OutputIsTerminal && settings.OutputFile is null;
        var formatter = ReportFormats.Create(settings.Format, showSource, RepositoryRoot.Find(environment.WorkingDirectory));
        if (!WriteReport(formatter, report, settings.OutputFile, environment, problems))
        {
            CommonInputs.WriteProblems(environment, problems);
            return ExitCodes.BadInput;
        }

        CommonInputs.WriteProblems(environment, problems);
        if (problems.Count > 0) return ExitCodes.BadInput;
        return report.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static bool WriteReport(IReportFormatter formatter, CheckReport report, string? outputFile, CliEnvironment environment, List<string> problems)
    {
        if (outputFile is null)
        {
            formatter.Write(report, environment.Output);
            environment.Output.Flush();
            return true;
        }
        try
        {
            var fullPath = environment.FullPath(outputFile);
            var directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            using var writer = new StreamWriter(fullPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            formatter.Write(report, writer);
            return true;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            problems.Add(ProblemMessages.Format($"cannot write '{outputFile}': {ex.Message}"));
            return false;
        }
    }
}
