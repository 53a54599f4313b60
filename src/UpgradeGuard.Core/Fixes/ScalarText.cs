using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Fixes;

/// <summary>How a fix writes a new scalar over an old one: quoted as the old one was.</summary>
internal static class ScalarText
{
    /// <summary><paramref name="value"/>, in the quotes of the scalar at <paramref name="span"/> when it had some.</summary>
    public static string KeepingQuotes(string text, SourceSpan span, string value)
    {
        if (span.Length < 2) return value;
        char first = text[span.StartOffset];
        return (first == '"' || first == '\'') && text[span.EndOffset - 1] == first ? first + value + first : value;
    }
}
