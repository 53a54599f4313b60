using System;
using System.Text;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core;

/// <summary>
/// Decodes a file's bytes as UTF-8 into the text the engine reads (a BOM is allowed and dropped: <see cref="ByteOrderMark"/>);
/// invalid bytes are reported, never guessed.
/// </summary>
public static class ManifestSource
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text, or null with the position of the first byte that is not UTF-8.</summary>
    public static string? Decode(byte[] bytes, out SourceSpan invalidAt)
    {
        invalidAt = default;
        int start = ByteOrderMark.Utf8Length(bytes);
        int bad = FirstInvalidByte(bytes, start);
        if (bad < 0) return Utf8.GetString(bytes, start, bytes.Length - start);
        var prefix = Utf8.GetString(bytes, start, bad - start);
        var map = new LineMap(prefix);
        invalidAt = map.Span(prefix.Length, prefix.Length);
        invalidAt = new SourceSpan(invalidAt.StartLine, invalidAt.StartColumn, invalidAt.StartLine, invalidAt.StartColumn + 1, prefix.Length, prefix.Length + 1);
        return null;
    }

    /// <summary>The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidByte(byte[] bytes, int start = 0)
    {
        int i = start;
        while (i < bytes.Length)
        {
            // Manifests are nearly all ASCII: skip eight ASCII bytes at a time.
            if (i + 8 <= bytes.Length && (BitConverter.ToUInt64(bytes, i) & 0x8080808080808080UL) == 0) { i += 8; continue; }
            byte b = bytes[i];
            int length;
            int min;
            if (b < 0x80) { i++; continue; }
            if (b >= 0xC2 && b <= 0xDF) { length = 2; min = 0x80; }
            else if (b >= 0xE0 && b <= 0xEF) { length = 3; min = 0x800; }
            else if (b >= 0xF0 && b <= 0xF4) { length = 4; min = 0x10000; }
            else return i;
            if (i + length > bytes.Length) return i;
            int code = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++)
            {
                byte c = bytes[i + k];
                if ((c & 0xC0) != 0x80) return i;
                code = (code << 6) | (c & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
            i += length;
        }
        return -1;
    }

    /// <summary>
    /// The offset of the first character YAML does not allow in a stream (C0 controls but tab, LF and CR; DEL; C1
    /// controls but NEL; unpaired surrogates; U+FFFE and U+FFFF), or -1. YamlDotNet would stop at a NUL silently
    /// and read the rest of the file as if it were not there.
    /// </summary>
    public static int FirstNonPrintable(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F) continue;
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u0085') continue;
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') return i;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
                return i;
            }
            if (char.IsLowSurrogate(c)) return i;
        }
        return -1;
    }
}
