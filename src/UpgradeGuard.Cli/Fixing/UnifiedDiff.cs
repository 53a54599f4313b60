using System;
using System.Collections.Generic;
using System.IO;

namespace UpgradeGuard.Cli.Fixing;

/// <summary>
/// A unified diff of two texts, as <c>diff -u</c> and <c>git diff</c> print it: <c>--- a/path</c>, <c>+++ b/path</c>,
/// then <c>@@ -l,n +l,n @@</c> hunks with 3 lines of context, so <c>git apply</c> and <c>patch -p1</c> take it.
/// As for those tools, lines end at LF and each printed line ends with LF whatever the platform; the CR of a CRLF
/// file stays at the end of its lines, so the patch applies to the file as it is.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;
    public const string NoNewlineMarker = "\\ No newline at end of file";

    // Above this many cells the middle of the texts is shown as replaced whole rather than aligned line by line.
    private const long MaxAlignmentCells = 4_000_000;

    private enum Kind { Same, Removed, Added }

    private readonly struct Line
    {
        public Line(string content, bool endsWithBreak)
        {
            Content = content;
            EndsWithBreak = endsWithBreak;
        }

        public string Content { get; }
        public bool EndsWithBreak { get; }
        public bool SameAs(Line other) => EndsWithBreak == other.EndsWithBreak && string.Equals(Content, other.Content, StringComparison.Ordinal);
    }

    private readonly struct Op
    {
        public Op(Kind kind, Line line)
        {
            Kind = kind;
            Line = line;
        }

        public Kind Kind { get; }
        public Line Line { get; }
    }

    /// <summary>Writes the diff of <paramref name="before"/> and <paramref name="after"/> of <paramref name="path"/>; nothing when they are equal.</summary>
    public static void Write(TextWriter output, string path, string before, string after)
    {
        var ops = Align(Split(before), Split(after));
        var hunks = Hunks(ops);
        if (hunks.Count == 0) return;
        output.Write("--- a/" + path + "\n");
        output.Write("+++ b/" + path + "\n");
        foreach (var (start, end) in hunks) WriteHunk(output, ops, start, end);
    }

    private static List<Line> Split(string text)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(new Line(text.Substring(start, i - start), true));
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new Line(text.Substring(start), false));
        return lines;
    }

    /// <summary>The edit script: common lines kept, the rest removed then added, by longest common subsequence.</summary>
    private static List<Op> Align(List<Line> a, List<Line> b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix].SameAs(b[prefix])) prefix++;
        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix].SameAs(b[b.Count - 1 - suffix])) suffix++;

        var ops = new List<Op>(a.Count + b.Count);
        for (int i = 0; i < prefix; i++) ops.Add(new Op(Kind.Same, a[i]));
        int n = a.Count - prefix - suffix, m = b.Count - prefix - suffix;
        if ((long)(n + 1) * (m + 1) > MaxAlignmentCells)
        {
            for (int i = 0; i < n; i++) ops.Add(new Op(Kind.Removed, a[prefix + i]));
            for (int j = 0; j < m; j++) ops.Add(new Op(Kind.Added, b[prefix + j]));
        }
        else
        {
            var common = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
            {
                for (int j = m - 1; j >= 0; j--)
                {
                    common[i, j] = a[prefix + i].SameAs(b[prefix + j]) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[prefix + x].SameAs(b[prefix + y])) { ops.Add(new Op(Kind.Same, a[prefix + x])); x++; y++; }
                else if (y >= m || (x < n && common[x + 1, y] >= common[x, y + 1])) { ops.Add(new Op(Kind.Removed, a[prefix + x])); x++; }
                else { ops.Add(new Op(Kind.Added, b[prefix + y])); y++; }
            }
        }
        for (int i = a.Count - suffix; i < a.Count; i++) ops.Add(new Op(Kind.Same, a[i]));
        return ops;
    }

    /// <summary>Ranges of the script to print: each change with its context, joined when their contexts meet.</summary>
    private static List<(int Start, int End)> Hunks(List<Op> ops)
    {
        var hunks = new List<(int Start, int End)>();
        for (int i = 0; i < ops.Count; i++)
        {
            if (ops[i].Kind == Kind.Same) continue;
            int start = Math.Max(0, i - ContextLines);
            int end = Math.Min(ops.Count, i + 1 + ContextLines);
            if (hunks.Count > 0 && start <= hunks[hunks.Count - 1].End)
            {
                hunks[hunks.Count - 1] = (hunks[hunks.Count - 1].Start, end);
            }
            else
            {
                hunks.Add((start, end));
            }
        }
        return hunks;
    }

    private static void WriteHunk(TextWriter output, List<Op> ops, int start, int end)
    {
        int oldBefore = 0, newBefore = 0;
        for (int i = 0; i < start; i++)
        {
            if (ops[i].Kind != Kind.Added) oldBefore++;
            if (ops[i].Kind != Kind.Removed) newBefore++;
        }
        int oldCount = 0, newCount = 0;
        for (int i = start; i < end; i++)
        {
            if (ops[i].Kind != Kind.Added) oldCount++;
            if (ops[i].Kind != Kind.Removed) newCount++;
        }
        output.Write($"@@ -{Range(oldBefore, oldCount)} +{Range(newBefore, newCount)} @@\n");
        for (int i = start; i < end; i++)
        {
            var op = ops[i];
            char sign = op.Kind == Kind.Same ? ' ' : op.Kind == Kind.Removed ? '-' : '+';
            output.Write(sign + op.Line.Content + "\n");
            if (!op.Line.EndsWithBreak) output.Write(NoNewlineMarker + "\n");
        }
    }

    /// <summary><c>l,n</c>; <c>l</c> alone for one line; for none, the line before the change and 0.</summary>
    private static string Range(int linesBefore, int count) =>
        count == 1 ? (linesBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : count == 0 ? $"{linesBefore},0"
        : $"{linesBefore + 1},{count}";
}
