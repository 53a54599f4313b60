using System;

namespace UpgradeGuard.Cli.Output;

/// <summary>The values of <c>--format</c> for <c>check</c>, and the formatter for each.</summary>
public static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string GitHub = "github";

    public static readonly string[] All = { Text, Json, Sarif, GitHub };

    public static IReportFormatter Create(string format, bool showSource, string repositoryRoot) => format switch
    {
        Text => new TextFormatter(showSource),
        Json => new JsonFormatter(),
        Sarif => new SarifFormatter(repositoryRoot),
        GitHub => new GitHubFormatter(repositoryRoot),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };
}
