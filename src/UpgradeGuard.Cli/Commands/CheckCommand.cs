using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Baselines;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

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
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings this baseline file does not record.", HelpName = "FILE" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record every current finding in this baseline file and exit 0.", HelpName = "FILE" };
        var excludes = CommonInputs.Excludes();
        var allowEmpty = CommonInputs.AllowEmpty();
        var stdinFileName = new Option<string?>("--stdin-filename")
        {
            Description = "With the path '-' (the manifest read from standard input): the file name to report it under; its .editorconfig sections apply.",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Findings only: no summary and no info-level findings." };
        var color = new Option<string>("--color")
        {
            Description = "Colours in the text format: auto (on a terminal, unless NO_COLOR is set), always or never.",
            DefaultValueFactory = _ => ColorModes.Auto,
        };
        color.AcceptOnlyFromAmong(ColorModes.All);

        var command = new Command("check", "Check upgrade manifests ('-' reads one from standard input).")
        {
            paths, format, output, catalogs, warningsAsErrors, excludes, stdinFileName, quiet, color, baseline, writeBaseline, allowEmpty,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new CheckSettings(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                parseResult.GetValue(format) ?? ReportFormats.Text,
                parseResult.GetValue(output),
                parseResult.GetValue(catalogs) ?? Array.Empty<string>(),
                parseResult.GetValue(warningsAsErrors))
            {
                Excludes = parseResult.GetValue(excludes) ?? Array.Empty<string>(),
                StdinFileName = parseResult.GetValue(stdinFileName),
                Quiet = parseResult.GetValue(quiet),
                Color = parseResult.GetValue(color) ?? ColorModes.Auto,
                Baseline = parseResult.GetValue(baseline),
                WriteBaseline = parseResult.GetValue(writeBaseline),
                AllowEmpty = parseResult.GetValue(allowEmpty),
            };
            return Task.FromResult(Run(settings, environment, cancellationToken));
        });
        return command;
    }

    public static int Run(CheckSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        bool readsStandardInput = settings.Paths.Contains(StandardInputManifest.Argument);
        if (settings.StdinFileName != null && !readsStandardInput)
        {
            problems.Add(ProblemMessages.Format("--stdin-filename names the manifest read from standard input: add the path '-'"));
            WriteUnsuccessfulSarif(settings, environment, problems);
            CommonInputs.WriteProblems(environment, problems);
            return ExitCodes.BadInput;
        }
        var standardInput = readsStandardInput ? new StandardInputManifest(environment.OpenStandardInput, settings.StdinFileName) : null;
        var (catalogs, files, folders) = CommonInputs.Load(settings.Paths, settings.Catalogs, environment, problems, settings.Excludes, standardInput);
        if (catalogs is null)
        {
            WriteUnsuccessfulSarif(settings, environment, problems);
            CommonInputs.WriteProblems(environment, problems);
            return ExitCodes.BadInput;
        }

        var repositoryRoot = RepositoryRoot.Find(environment.WorkingDirectory);
        var baseline = settings.Baseline is null ? null : BaselineOptions.Load(settings.Baseline, environment, problems);
        if (settings.Baseline != null && baseline is null)
        {
            WriteUnsuccessfulSarif(settings, environment, problems);
            CommonInputs.WriteProblems(environment, problems);
            return ExitCodes.BadInput;
        }

        var allFindings = new ManifestChecker(catalogs, settings.WarningsAsErrors, environment.WorkingDirectory).Check(files, problems, cancellationToken);
        CommonInputs.ReportEmptyFolders(folders, allFindings.SkippedFiles, settings.AllowEmpty, environment, problems);
        var report = (baseline is null ? allFindings : BaselineMatcher.Apply(allFindings, baseline, settings.Baseline!, repositoryRoot)).WithProblems(problems);
        if (settings.Quiet) report = report.Without(Severity.Info);
        bool showSource = environment.OutputIsTerminal && settings.OutputFile is null;
        bool color = ColorModes.UseColor(settings.Color, environment, toFile: settings.OutputFile != null);
        var formatter = ReportFormats.Create(settings.Format, showSource, repositoryRoot, color, settings.Quiet, errorsFailTheRun: settings.WriteBaseline is null);
        if (!WriteReport(formatter, report, settings.OutputFile, environment, problems))
        {
            CommonInputs.WriteProblems(environment, problems);
            return ExitCodes.BadInput;
        }
        if (settings.Format == ReportFormats.GitHub) GitHubStepSummary.Append(report, repositoryRoot, environment, problems);
        bool wroteBaseline = settings.WriteBaseline != null && BaselineOptions.Save(settings.WriteBaseline, allFindings, repositoryRoot, environment, problems);

        CommonInputs.WriteProblems(environment, problems);
        if (problems.Count > 0) return ExitCodes.BadInput;
        if (wroteBaseline) return ExitCodes.Success;
        return report.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>
    /// When nothing could be checked (a catalog or baseline that cannot be used), SARIF still writes its log: no
    /// results and an unsuccessful invocation saying why, so a code scanning upload after the failed run does not find
    /// a log that looks like a clean one. The other formats print nothing.
    /// </summary>
    private static void WriteUnsuccessfulSarif(CheckSettings settings, CliEnvironment environment, List<string> problems)
    {
        if (settings.Format != ReportFormats.Sarif) return;
        var empty = new CheckReport(new List<Diagnostic>(), new Dictionary<string, ManifestFile>(), 0).WithProblems(problems);
        WriteReport(ReportFormats.Create(settings.Format, false, RepositoryRoot.Find(environment.WorkingDirectory)), empty, settings.OutputFile, environment, problems);
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
