namespace UpgradeGuard.Core.Text;

/// <summary>
/// The byte-order mark at the boundary of the engine. The engine reads a manifest without it: the decoder drops the
/// UTF-8 mark of a file's bytes, <see cref="Strip"/> a leading U+FEFF of a text, and every offset, line and column
/// counts from the character after it, as editors and Roslyn's <c>SourceText</c> do. Whoever holds the text with its
/// mark (an editor's buffer, a file written back) adds <see cref="Length"/> where it meets the engine's offsets.
/// </summary>
public static class ByteOrderMark
{
    public const char Character = '\uFEFF';

    private static readonly byte[] Utf8Bytes = { 0xEF, 0xBB, 0xBF };

    /// <summary>1 when <paramref name="text"/> starts with the mark, else 0: what the engine's offsets do not count.</summary>
    public static int Length(string text) => text.Length > 0 && text[0] == Character ? 1 : 0;

    /// <summary>The text as the engine reads it: without one leading mark.</summary>
    public static string Strip(string text) => Length(text) == 0 ? text : text.Substring(1);

    /// <summary>Whether <paramref name="bytes"/> start with UTF-8's encoding of the mark (EF BB BF).</summary>
    public static bool StartsWith(byte[] bytes) =>
        bytes.Length >= Utf8Bytes.Length && bytes[0] == Utf8Bytes[0] && bytes[1] == Utf8Bytes[1] && bytes[2] == Utf8Bytes[2];

    /// <summary>How many bytes the UTF-8 mark takes at the start of <paramref name="bytes"/> (3 or 0).</summary>
    public static int Utf8Length(byte[] bytes) => StartsWith(bytes) ? Utf8Bytes.Length : 0;

    /// <summary><paramref name="body"/> after UTF-8's mark: how a file that had one is written back.</summary>
    public static byte[] PrependUtf8(byte[] body)
    {
        var bytes = new byte[Utf8Bytes.Length + body.Length];
        Utf8Bytes.CopyTo(bytes, 0);
        body.CopyTo(bytes, Utf8Bytes.Length);
        return bytes;
    }
}
