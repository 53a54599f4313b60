using System;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// Replaces the characters from <see cref="Start"/> to <see cref="End"/> (exclusive) with <see cref="NewText"/>.
/// Offsets are UTF-16 code units into the text the engine analyzed, without its BOM; Start == End inserts.
/// </summary>
public readonly struct TextEdit : IEquatable<TextEdit>
{
    public TextEdit(int start, int end, string newText)
    {
        if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(start), $"bad range {start}..{end}");
        Start = start;
        End = end;
        NewText = newText ?? throw new ArgumentNullException(nameof(newText));
    }

    public int Start { get; }
    public int End { get; }
    public string NewText { get; }

    public static TextEdit Insert(int at, string text) => new TextEdit(at, at, text);

    /// <summary>
    /// True when the two edits cannot both be applied in a defined way: their ranges share a character, or both start
    /// at the same offset (two insertions there, or an insertion at the start of a replacement, have no order).
    /// </summary>
    public bool ConflictsWith(TextEdit other) =>
        Start == other.Start || (Start < other.End && other.Start < End);

    public bool Equals(TextEdit other) => Start == other.Start && End == other.End && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is TextEdit other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ End ^ StringComparer.Ordinal.GetHashCode(NewText);

    public override string ToString() => $"[{Start}..{End}) -> \"{NewText}\"";
}
