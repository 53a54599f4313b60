using System.Collections.Generic;

namespace UpgradeGuard.Core.Text;

/// <summary>Maps character offsets to 1-based lines and columns (CR, LF and CRLF end a line).</summary>
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

    /// <summary>The offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[System.Math.Max(0, System.Math.Min(line - 1, _lineStarts.Count - 1))];

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Count) return string.Empty;
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Count ? _lineStarts[line] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r')) end--;
        return _text.Substring(start, end - start);
    }
}
