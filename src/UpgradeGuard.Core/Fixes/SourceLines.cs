using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// Line arithmetic over the analyzed text, for edits that add or change whole lines. Line breaks are those of
/// <see cref="LineMap"/> (CRLF counts as one); new lines are written with the file's own line break.
/// </summary>
internal sealed class SourceLines
{
    public SourceLines(string text)
    {
        Text = text;
        NewLine = DetectNewLine(text);
    }

    public string Text { get; }
    /// <summary>The file's line break: the first one in the text (CRLF, LF or CR), LF when there is none.</summary>
    public string NewLine { get; }

    public int LineStart(int offset)
    {
        int i = System.Math.Min(offset, Text.Length);
        while (i > 0 && !LineMap.IsLineBreak(Text[i - 1])) i--;
        return i;
    }

    /// <summary>The offset of the line break that ends the line holding <paramref name="offset"/>, or the text's end.</summary>
    public int LineEnd(int offset)
    {
        int i = System.Math.Max(0, offset);
        while (i < Text.Length && !LineMap.IsLineBreak(Text[i])) i++;
        return i;
    }

    /// <summary>The start of the line before the line starting at <paramref name="lineStart"/>, or -1 on the first line.</summary>
    public int PreviousLineStart(int lineStart)
    {
        if (lineStart <= 0) return -1;
        int end = lineStart - 1;
        if (Text[end] == '\n' && end > 0 && Text[end - 1] == '\r') end--;
        return LineStart(end);
    }

    /// <summary>The end of the line holding <paramref name="offset"/> without its trailing spaces and tabs.</summary>
    public int ContentEnd(int offset)
    {
        int end = LineEnd(offset);
        int start = LineStart(offset);
        while (end > start && (Text[end - 1] == ' ' || Text[end - 1] == '\t')) end--;
        return end;
    }

    /// <summary>The column (0-based) of <paramref name="offset"/> on its line.</summary>
    public int Column(int offset) => offset - LineStart(offset);

    /// <summary>A line whose first non-blank character starts a comment.</summary>
    public bool IsCommentLine(int lineStart)
    {
        int i = lineStart;
        while (i < Text.Length && (Text[i] == ' ' || Text[i] == '\t')) i++;
        return i < Text.Length && Text[i] == '#';
    }

    /// <summary>Whether only spaces stand between the start of the line and <paramref name="offset"/>.</summary>
    public bool StartsLine(int offset)
    {
        int start = LineStart(offset);
        for (int i = start; i < offset; i++)
        {
            if (Text[i] != ' ') return false;
        }
        return true;
    }

    /// <summary>Whole lines to insert at the start of a line: each followed by the file's line break.</summary>
    public string LinesBefore(System.Collections.Generic.IEnumerable<string> lines)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines) builder.Append(line).Append(NewLine);
        return builder.ToString();
    }

    /// <summary>Whole lines to insert at the end of a line (before its break): each preceded by the file's line break.</summary>
    public string LinesAfter(System.Collections.Generic.IEnumerable<string> lines)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines) builder.Append(NewLine).Append(line);
        return builder.ToString();
    }

    public static string Spaces(int count) => new string(' ', System.Math.Max(0, count));

    private static string DetectNewLine(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') return "\n";
            if (text[i] == '\r') return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }
}
