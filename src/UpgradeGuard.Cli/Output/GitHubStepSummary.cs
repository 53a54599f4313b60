using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// With <c>--format github</c>, appends a Markdown summary (counts, then a table of findings) to the file named by
/// <c>GITHUB_STEP_SUMMARY</c>, which GitHub Actions shows on the run's summary page. Nothing when it is not set.
/// </summary>
public static class GitHubStepSummary
{
    public const string Variable = "GITHUB_STEP_SUMMARY";
    /// <summary>GitHub caps a step summary at 1 MiB: the table stops after this many rows.</summary>
    public const int MaxRows = 1000;

    public static void Append(CheckReport report, string repositoryRoot, CliEnvironment environment, List<string> problems)
    {
        var file = environment.Variable(Variable);
        if (string.IsNullOrWhiteSpace(file)) return;
        try
        {
            File.AppendAllText(environment.FullPath(file), Render(report, repositoryRoot), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            problems.Add(ProblemMessages.Format($"cannot write the step summary '{file}' ({Variable}): {ex.Message}"));
        }
    }

    public static string Render(CheckReport report, string repositoryRoot)
    {
        var markdown = new StringBuilder();
        markdown.Append("### upgrade-guard\n\n");
        markdown.Append(TextFormatter.Summary(report)).Append(".\n");
        if (report.Baseline is { } baseline)
        {
            markdown.Append('\n').Append($"Baseline `{Cell(baseline.BaselinePath)}`: {baseline.Matched} recorded findings not shown, {baseline.Fixed.Count} entries fixed.\n");
        }
        if (report.Diagnostics.Count == 0) return markdown.Append('\n').ToString();

        markdown.Append("\n| Severity | Rule | File | Line | Message |\n| --- | --- | --- | ---: | --- |\n");
        int rows = 0;
        foreach (var diagnostic in report.Diagnostics)
        {
            if (rows++ == MaxRows)
            {
                markdown.Append($"\n… and {report.Diagnostics.Count - MaxRows} more findings (see the annotations or the log).\n");
                break;
            }
            var path = ReportPaths.RepositoryRelative(report, diagnostic, repositoryRoot);
            markdown.Append("| ").Append(Icon(diagnostic.Severity)).Append(' ').Append(diagnostic.Severity.ToDisplay())
                .Append(" | [").Append(diagnostic.Id).Append("](").Append(diagnostic.Rule.HelpUri).Append(')')
                .Append(" | ").Append(Cell(path))
                .Append(" | ").Append(diagnostic.Span.StartLine)
                .Append(" | ").Append(Cell(diagnostic.Message))
                .Append(" |\n");
        }
        return markdown.Append('\n').ToString();
    }

    private static string Icon(Severity severity) => severity switch
    {
        Severity.Error => "❌",
        Severity.Warning => "⚠️",
        _ => "ℹ️",
    };

    /// <summary>One table cell: no line break, no column bar, no HTML.</summary>
    public static string Cell(string text) =>
        text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ')
            .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace("|", "\\|");
}
