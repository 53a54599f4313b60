using System;
using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Diagnostics;

/// <summary>One finding of a rule, located at an exact node of one file.</summary>
public sealed class Diagnostic
{
    public Diagnostic(RuleDescriptor rule, string filePath, SourceSpan span, string message, Severity severity, AppliedSuppression? suppression = null)
    {
        Rule = rule;
        FilePath = filePath;
        Span = span;
        // The one place every message passes: control characters in quoted values never split a finding.
        Message = ControlCharacters.Escape(message);
        Severity = severity;
        Suppression = suppression;
    }

    public RuleDescriptor Rule { get; }
    public string Id => Rule.Id;
    public string FilePath { get; }
    public SourceSpan Span { get; }
    public string Message { get; }
    /// <summary>The effective severity (after configuration).</summary>
    public Severity Severity { get; }
    /// <summary>
    /// The suppression comment that silences this finding, or null. Only <see cref="UpgradeGuard.Core.AnalysisResult.SuppressedDiagnostics"/>
    /// holds suppressed findings (for SARIF, which keeps them marked); every other list leaves them out.
    /// </summary>
    public AppliedSuppression? Suppression { get; }
    public bool IsSuppressed => Suppression != null;

    /// <summary>
    /// A finding about a whole file the engine could not check (unreadable, or an unexpected failure), at its start and
    /// at the rule's default severity (an error for a rule that is off by default).
    /// </summary>
    public static Diagnostic AtFileStart(RuleDescriptor rule, string filePath, string message) =>
        new Diagnostic(rule, filePath, SourceSpan.FileStart, message, rule.DefaultSeverity == Severity.None ? Severity.Error : rule.DefaultSeverity);

    /// <summary>The MSBuild form: <c>path(line,col): error UG2001: message</c>.</summary>
    public string ToMsBuildString(string displayPath) =>
        $"{displayPath}({Span.StartLine},{Span.StartColumn}): {Severity.ToDisplay()} {Id}: {Message}";

    public override string ToString() => ToMsBuildString(FilePath);
}

/// <summary>The deterministic order of every output: file, line, column, id, then end and message.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new DiagnosticOrder();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = string.CompareOrdinal(x.FilePath, y.FilePath);
        if (c != 0) return c;
        c = x.Span.StartLine.CompareTo(y.Span.StartLine);
        if (c != 0) return c;
        c = x.Span.StartColumn.CompareTo(y.Span.StartColumn);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Id, y.Id);
        if (c != 0) return c;
        c = x.Span.CompareTo(y.Span);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
