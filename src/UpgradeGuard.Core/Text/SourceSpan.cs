using System;

namespace UpgradeGuard.Core.Text;

/// <summary>
/// A region of a source file. Lines and columns are 1-based and count UTF-16 code units;
/// the end is exclusive (the position just after the last character), as in SARIF and Roslyn.
/// Offsets are 0-based character indexes into the text.
/// </summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>, IComparable<SourceSpan>
{
    public SourceSpan(int startLine, int startColumn, int endLine, int endColumn, int startOffset, int endOffset)
    {
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
        StartOffset = startOffset;
        EndOffset = endOffset;
    }

    public int StartLine { get; }
    public int StartColumn { get; }
    public int EndLine { get; }
    public int EndColumn { get; }
    public int StartOffset { get; }
    public int EndOffset { get; }

    public int Length => EndOffset - StartOffset;

    public static SourceSpan FileStart => new SourceSpan(1, 1, 1, 1, 0, 0);

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) =>
        new SourceSpan(first.StartLine, first.StartColumn, last.EndLine, last.EndColumn, first.StartOffset, last.EndOffset);

    public bool Equals(SourceSpan other) =>
        StartOffset == other.StartOffset && EndOffset == other.EndOffset &&
        StartLine == other.StartLine && StartColumn == other.StartColumn &&
        EndLine == other.EndLine && EndColumn == other.EndColumn;

    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    public override int GetHashCode() => (StartOffset * 397) ^ EndOffset ^ (StartLine << 20) ^ (StartColumn << 10);

    public int CompareTo(SourceSpan other)
    {
        int c = StartLine.CompareTo(other.StartLine);
        if (c != 0) return c;
        c = StartColumn.CompareTo(other.StartColumn);
        if (c != 0) return c;
        c = EndLine.CompareTo(other.EndLine);
        return c != 0 ? c : EndColumn.CompareTo(other.EndColumn);
    }

    public override string ToString() => $"{StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
}
