using System.Collections.Generic;

namespace UpgradeGuard.Core.Text;

/// <summary>
/// Maps character offsets to 1-based lines and columns. CR, LF and CRLF end a line, as in YAML 1.2 and LSP; NEL
/// (U+0085), LS (U+2028) and PS (U+2029) do not (YAML 1.1 counted them, editors such as VS Code do not), so a line
/// number is the line the user's editor shows.
/// </summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = new List<int> { 0 };
    private readonly string _text;

    public LineMap(string text)
    {
        _text = text;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int LineCount => _lineStarts.Count;

    public (int Line, int Column) GetPosition(int offset)
    {
        if (offset < 0) offset = 0;
        if (offset > _text.Length) offset = _text.Length;
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return (lo + 1, offset - _lineStarts[lo] + 1);
    }

    public SourceSpan Span(int startOffset, int endOffset)
    {
        var (sl, sc) = GetPosition(startOffset);
        var (el, ec) = GetPosition(endOffset);
        return new SourceSpan(sl, sc, el, ec, startOffset, endOffset);
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Count) return string.Empty;
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Count ? _lineStarts[line] : _text.Length;
        while (end > start && IsLineBreak(_text[end - 1])) end--;
        return _text.Substring(start, end - start);
    }

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    /// <summary>The same region with line and column computed from its offsets (clamped to the text).</summary>
    public SourceSpan Normalize(SourceSpan span)
    {
        int start = System.Math.Max(0, System.Math.Min(span.StartOffset, _text.Length));
        int end = System.Math.Max(start, System.Math.Min(span.EndOffset, _text.Length));
        return Span(start, end);
    }
}
