using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>
/// LSP positions over one text: lines break at \n, \r\n and \r only (as in the engine's line map; LSP does not count
/// NEL, LS or PS), characters are UTF-16 code units.
/// </summary>
public sealed class LspText
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LspText(string text)
    {
        Text = text;
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

    public string Text { get; }

    /// <summary>1 when the text starts with a BOM: the engine counts offsets without it, the editor with it.</summary>
    public int EngineOffsetShift => Text.Length > 0 && Text[0] == '\uFEFF' ? 1 : 0;

    /// <summary>The text as the engine reads it (without a leading BOM).</summary>
    public string EngineText => EngineOffsetShift == 0 ? Text : Text.Substring(1);

    /// <summary>The offset of a position; a character past the end of its line is the line's end, a line past the end is the text's end.</summary>
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

    public Range Range(int start, int end) => new(PositionAt(start), PositionAt(Math.Max(start, end)));

    private Position PositionAt(int offset)
    {
        var (line, character) = Position(offset);
        return new Position(line, character);
    }

    public int Offset(Position position) => Offset(position.Line, position.Character);

    /// <summary>The offset of an LSP <c>Position</c> object.</summary>
    public int Offset(JsonNode? position) => Offset(Protocol.Position.Read(position));
}
