using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Cli.Fixing;

namespace UpgradeGuard.Cli.Commands;

/// <summary>
/// <c>upgrade-guard fix [PATH...]</c>: applies the engine's quick fixes (never the suppressions). By default it prints
/// a unified diff and writes nothing, exiting 1 when there is something to fix; <c>--write</c> writes the files.
/// </summary>
public static class FixCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonInputs.ManifestPaths();
        var write = new Option<bool>("--write", "-w") { Description = "Write the fixed files instead of printing a diff." };
        var catalogs = CommonInputs.Catalogs();
        var excludes = CommonInputs.Excludes();
        var allowEmpty = CommonInputs.AllowEmpty();

        var command = new Command("fix", "Apply the quick fixes to upgrade manifests: print a diff, or write the files with --write.") { paths, write, catalogs, excludes, allowEmpty };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new FixSettings(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                parseResult.GetValue(write),
                parseResult.GetValue(catalogs) ?? Array.Empty<string>())
            {
                Excludes = parseResult.GetValue(excludes) ?? Array.Empty<string>(),
                AllowEmpty = parseResult.GetValue(allowEmpty),
            };
            return Task.FromResult(Run(settings, environment, cancellationToken));
        });
        return command;
    }

    public static int Run(FixSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (catalogs, files, folders) = CommonInputs.Load(settings.Paths, settings.Catalogs, environment, problems, settings.Excludes);
        if (catalogs is null)
        {
            CommonInputs.WriteProblems(environment, problems);
            return ExitCodes.BadInput;
        }

        var fixer = new ManifestFixer(catalogs);
        bool anyChange = false;
        var skipped = new HashSet<string>(DisplayPaths.Comparer);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fix = fixer.Fix(file, cancellationToken);
            if (fix.Problem != null) problems.Add(fix.Problem);
            if (fix.Status == FileFixStatus.Ignored) skipped.Add(file.FullPath);
            if (fix.Status != FileFixStatus.Changed) continue;
            anyChange = true;
            if (!settings.Write)
            {
                UnifiedDiff.Write(environment.Output, file.DisplayPath, fix.Original, fix.Fixed);
                continue;
            }
            try
            {
                ManifestFixer.Write(fix);
                environment.Output.WriteLine($"{file.DisplayPath}: {Summary(fix)}");
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                problems.Add(ProblemMessages.Format($"cannot write '{file.DisplayPath}': {ex.Message}"));
            }
        }
        environment.Output.Flush();
        CommonInputs.ReportEmptyFolders(folders, skipped, settings.AllowEmpty, environment, problems);
        CommonInputs.WriteProblems(environment, problems);
        if (problems.Count > 0) return ExitCodes.BadInput;
        return anyChange && !settings.Write ? ExitCodes.FixesPending : ExitCodes.Success;
    }

    /// <summary><c>3 fixes applied (UG2001, UG4003)</c>.</summary>
    private static string Summary(FileFix fix)
    {
        int count = fix.Applied.Count;
        var rules = fix.Applied.Select(f => f.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal);
        return $"{count} fix{(count == 1 ? "" : "es")} applied ({string.Join(", ", rules)})";
    }
}
