using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Fixes;

/// <summary>How a fix writes a new scalar over an old one: quoted as the old one was.</summary>
internal static class ScalarText
{
    /// <summary>
    /// Whether the scalar at <paramref name="span"/> can be overwritten as a whole: written on one line, with no anchor
    /// or tag in front (the parser's span of such a scalar starts there, and an alias may refer to the anchor).
    /// </summary>
    public static bool IsReplaceable(string text, SourceSpan span)
    {
        if (span.Length == 0 || span.EndOffset > text.Length) return false;
        if (text[span.StartOffset] == '&' || text[span.StartOffset] == '!') return false;
        for (int i = span.StartOffset; i < span.EndOffset; i++)
        {
            if (LineMap.IsLineBreak(text[i])) return false;
        }
        return true;
    }

    /// <summary><paramref name="value"/>, in the quotes of the scalar at <paramref name="span"/> when it had some.</summary>
    public static string KeepingQuotes(string text, SourceSpan span, string value)
    {
        if (span.Length < 2) return value;
        char first = text[span.StartOffset];
        return (first == '"' || first == '\'') && text[span.EndOffset - 1] == first ? first + value + first : value;
    }
}
