using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// MSBuild-style lines (<c>path(line,col): error UG2001: message</c>), on a terminal each followed by the source
/// line (after a line-number gutter) and a caret under the span, then the summary
/// <c>N errors, N warnings, N info in M files checked</c>.
/// One finding is one line, and no line begins with text from a manifest or a file name (after leading white space,
/// which GitHub Actions skips before reading <c>::error ...</c> as a workflow command): control characters are
/// escaped, a path that does not start like a path gets <c>./</c>, and source lines come after the gutter.
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    private const string Indent = "    ";
    private const int GutterWidth = 6;
    private readonly bool _showSource;
    private readonly bool _color;
    private readonly bool _summary;
    private readonly Dictionary<string, LineMap?> _sources = new Dictionary<string, LineMap?>(StringComparer.Ordinal);

    /// <param name="showSource">Show the source line and a caret under the span (on a terminal).</param>
    /// <param name="color">Paint the severity, the id and the carets with ANSI colours (<c>--color</c>).</param>
    /// <param name="summary">End with the summary line (not with <c>--quiet</c>).</param>
    public TextFormatter(bool showSource, bool color = false, bool summary = true)
    {
        _showSource = showSource;
        _color = color;
        _summary = summary;
    }

    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            // Escaped first: the colours' own escape sequences must stay escape sequences.
            var line = ControlCharacters.Escape(diagnostic.ToMsBuildString(LineStartPath(diagnostic.FilePath)));
            writer.WriteLine(_color ? DiagnosticColors.Line(line, diagnostic) : line);
            if (_showSource && SourceOf(report, diagnostic.FilePath) is { } lines)
            {
                var (source, carets) = SourceExcerpt.Render(lines.LineText(diagnostic.Span.StartLine), diagnostic.Span);
                writer.WriteLine(diagnostic.Span.StartLine.ToString(CultureInfo.InvariantCulture).PadLeft(GutterWidth) + " | " + source);
                writer.WriteLine(new string(' ', GutterWidth) + " | " + (_color ? DiagnosticColors.Carets(carets, diagnostic.Severity) : carets));
            }
        }
        if (_summary) writer.WriteLine(Summary(report));
        if (_summary && report.Baseline != null) WriteBaseline(report.Baseline, writer);
    }

    /// <summary>What the baseline hid, and its entries that no longer match (fixed), so it can be refreshed.</summary>
    private static void WriteBaseline(Baselines.BaselineComparison baseline, TextWriter writer)
    {
        writer.WriteLine(ControlCharacters.Escape($"baseline {baseline.BaselinePath}: {Plural(baseline.Matched, "recorded finding")} not shown, {Plural(baseline.Fixed.Count, "entry")} fixed"));
        foreach (var entry in baseline.Fixed)
        {
            var at = entry.KeyPath.Length > 0 ? $" at {entry.KeyPath}" : "";
            writer.WriteLine(ControlCharacters.Escape($"{Indent}fixed: {entry.File}: {entry.Rule}{at} '{entry.Content}'"));
        }
        if (baseline.Fixed.Count > 0) writer.WriteLine(ControlCharacters.Escape($"{Indent}refresh the baseline with --write-baseline {baseline.BaselinePath}"));
    }

    /// <summary>
    /// A path to print at the start of a line: as is when it starts like a path (a letter, a digit, '.', '/', '\\',
    /// '_' or '~'), else after <c>./</c>, so a file named <c>::error file=x::y.upgrade.yaml</c> cannot start a workflow command.
    /// </summary>
    public static string LineStartPath(string path)
    {
        // <stdin> is the tool's own name for standard input (no --stdin-filename), not text from a manifest or a file name.
        if (path == Discovery.StandardInputManifest.DefaultName) return path;
        if (path.Length > 0 && (char.IsLetterOrDigit(path[0]) || path[0] is '.' or '/' or '\\' or '_' or '~')) return path;
        return "./" + path;
    }

    public static string Summary(CheckReport report)
    {
        int errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), infos = report.Count(Severity.Info);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {infos} info in {Plural(report.FilesChecked, "file")} checked";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : noun.EndsWith("y", StringComparison.Ordinal) ? $"{count} {noun.Substring(0, noun.Length - 1)}ies" : $"{count} {noun}s";

    private LineMap? SourceOf(CheckReport report, string displayPath)
    {
        if (_sources.TryGetValue(displayPath, out var cached)) return cached;
        LineMap? lines = null;
        if (report.FilesByDisplayPath.TryGetValue(displayPath, out var file))
        {
            try
            {
                var text = ManifestSource.Decode(file.ReadAllBytes(), out _);
                if (text != null) lines = new LineMap(text);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // The file changed or vanished since it was checked: print the diagnostic without its source.
            }
        }
        _sources[displayPath] = lines;
        return lines;
    }
}
