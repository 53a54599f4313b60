using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>
/// LSP positions over one text: lines break at \n, \r\n and \r only (as in the engine's line map; LSP does not count
/// NEL, LS or PS), characters are UTF-16 code units. It is the server's one boundary with the engine's offsets: the
/// editor's text may start with a byte-order mark, which the engine does not count (<see cref="ByteOrderMark"/>), so
/// handlers read <see cref="EngineText"/> and convert with <see cref="EngineOffset(Position)"/> and
/// <see cref="EngineRange"/>, never shifting an offset themselves.
/// </summary>
public sealed class LspText
{
    private readonly List<int> _lineStarts = new() { 0 };

    private readonly int _mark;

    public LspText(string text)
    {
        Text = text;
        _mark = ByteOrderMark.Length(text);
        EngineText = ByteOrderMark.Strip(text);
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

    /// <summary>The editor's text, as the client sent it (a leading BOM included).</summary>
    public string Text { get; }

    /// <summary>The text as the engine reads it (without a leading BOM): the engine's offsets index it.</summary>
    public string EngineText { get; }

    /// <summary>The engine's offset of an LSP position (in <see cref="EngineText"/>).</summary>
    public int EngineOffset(Position position) => Offset(position) - _mark;

    /// <summary>The LSP range of the engine's offsets <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Range EngineRange(int start, int end) => Range(start + _mark, end + _mark);

    /// <summary>
    /// The offset of a position in the editor's <see cref="Text"/> (where a change applies); a character past the end
    /// of its line is the line's end, a line past the end is the text's end.
    /// </summary>
    public int Offset(int line, int character)
    {
        if (line < 0) return 0;
        if (line >= _lineStarts.Count) return Text.Length;
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return start + Math.Max(0, Math.Min(character, end - start));
    }

    public (int Line, int Character) Position(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        // An offset between \r and \n belongs to the line the \r ends.
        return (line, offset - _lineStarts[line]);
    }

    private Range Range(int start, int end) => new(PositionAt(start), PositionAt(Math.Max(start, end)));

    private Position PositionAt(int offset)
    {
        var (line, character) = Position(offset);
        return new Position(line, character);
    }

    public int Offset(Position position) => Offset(position.Line, position.Character);

    /// <summary>The offset of an LSP <c>Position</c> object.</summary>
    public int Offset(JsonNode? position) => Offset(Protocol.Position.Read(position));
}
