using System;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// ANSI colours for the text format: the severity word (errors red, warnings yellow, info cyan), the id in bold, and the
/// caret line in the severity's colour. Only escape sequences are added: without them the text is the plain text.
/// </summary>
public static class DiagnosticColors
{
    private const string Escape = "\u001b[";
    private const string Reset = "\u001b[0m";
    private const string Bold = "1";

    public static string SeverityCode(Severity severity) => severity switch
    {
        Severity.Error => "1;31",
        Severity.Warning => "1;33",
        Severity.Info => "1;36",
        _ => Bold,
    };

    /// <summary>The MSBuild-style line with its severity and id painted; returned unchanged if they cannot be found.</summary>
    public static string Line(string plainLine, Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToDisplay();
        var marker = $"): {severity} {diagnostic.Id}: ";
        int at = plainLine.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return plainLine;
        int severityStart = at + 3;
        int idStart = severityStart + severity.Length + 1;
        int idEnd = idStart + diagnostic.Id.Length;
        return plainLine.Substring(0, severityStart)
            + Paint(severity, SeverityCode(diagnostic.Severity)) + " " + Paint(diagnostic.Id, Bold)
            + plainLine.Substring(idEnd);
    }

    /// <summary>The caret line (<c>    ^~~~</c>) with the carets painted and the leading spaces left plain.</summary>
    public static string Carets(string caretLine, Severity severity)
    {
        int start = caretLine.Length - caretLine.TrimStart(' ').Length;
        if (start == caretLine.Length) return caretLine;
        return caretLine.Substring(0, start) + Paint(caretLine.Substring(start), SeverityCode(severity));
    }

    public static string Paint(string text, string code) => Escape + code + "m" + text + Reset;
}
