using System;

namespace UpgradeGuard.Cli.Output;

/// <summary>The values of <c>--format</c> for <c>check</c>, and the formatter for each.</summary>
public static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string GitHub = "github";
    public const string JUnit = "junit";
    public const string GitLab = "gitlab";
    public const string AzurePipelines = "azure-pipelines";
    public const string Checkstyle = "checkstyle";

    public static readonly string[] All = { Text, Json, Sarif, GitHub, JUnit, GitLab, AzurePipelines, Checkstyle };

    /// <param name="color">ANSI colours in the text format (<c>--color</c>); other formats are never coloured.</param>
    /// <param name="quiet">Findings only (<c>--quiet</c>): the text format prints no summary.</param>
    /// <param name="errorsFailTheRun">False when the run exits 0 whatever it finds (<c>--write-baseline</c>): a format that
    /// marks the CI step failed (azure-pipelines) then does not.</param>
    public static IReportFormatter Create(string format, bool showSource, string repositoryRoot, bool color = false, bool quiet = false, bool errorsFailTheRun = true) => format switch
    {
        Text => new TextFormatter(showSource, color, summary: !quiet),
        Json => new JsonFormatter(),
        Sarif => new SarifFormatter(repositoryRoot),
        GitHub => new GitHubFormatter(repositoryRoot),
        JUnit => new JUnitFormatter(repositoryRoot),
        GitLab => new GitLabFormatter(repositoryRoot),
        AzurePipelines => new AzurePipelinesFormatter(repositoryRoot, errorsFailTheRun),
        Checkstyle => new CheckstyleFormatter(repositoryRoot),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };
}
