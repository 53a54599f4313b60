using System.Text;

namespace UpgradeGuard.Core.Diagnostics;

/// <summary>
/// Keeps one finding on one line. Messages quote what the user wrote (a YAML value, a key, a file name), and YAML
/// values may hold line breaks (a block scalar, "\n" in double quotes) or other control characters: printed raw, one
/// finding would become two lines, and the second could start with text a CI system reads as a command
/// (<c>::error file=...</c> in a GitHub Actions log). Every message passes through <see cref="Escape"/>.
/// </summary>
public static class ControlCharacters
{
    /// <summary>
    /// <paramref name="text"/> with \n, \r and \t written as those escapes, and every other control character (C0, DEL,
    /// C1 such as NEL U+0085) and the Unicode line and paragraph separators (U+2028, U+2029) as \uXXXX. Text without
    /// any is returned as is. A backslash is left alone, so Windows paths read as written.
    /// </summary>
    public static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && !NeedsEscape(text[first])) first++;
        if (first == text.Length) return text;
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                default:
                    if (NeedsEscape(c)) escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>True for a character that <see cref="Escape"/> rewrites.</summary>
    public static bool NeedsEscape(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';
}
