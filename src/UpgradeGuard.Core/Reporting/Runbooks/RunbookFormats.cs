using System;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>The formats a runbook is written in, by the name <c>--format</c> takes.</summary>
public static class RunbookFormats
{
    public const string Text = "text";
    public const string Yaml = "yaml";
    public const string Markdown = "markdown";

    public static readonly string[] All = { Text, Yaml, Markdown };

    /// <summary>The runbook in <paramref name="format"/>; lines end with <c>\n</c> whatever the platform.</summary>
    public static string Render(Runbook runbook, string format)
    {
        if (!runbook.IsPossible) throw new ArgumentException("a runbook with problems has nothing to render; report its Problems instead", nameof(runbook));
        return format switch
        {
            Text => RunbookTextRenderer.Render(runbook),
            Yaml => RunbookYamlRenderer.Render(runbook),
            Markdown => RunbookMarkdownRenderer.Render(runbook),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"unknown runbook format; use {string.Join(", ", All)}"),
        };
    }
}
