using System;
using System.Text;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Cli.Output;

/// <summary>The source line of a span and a caret line under it (<c>^~~~</c>), tabs expanded the same way in both.</summary>
public static class SourceExcerpt
{
    public const int TabWidth = 4;

    /// <summary>The two lines for the first line of <paramref name="span"/> in <paramref name="lineText"/>.</summary>
    public static (string Source, string Carets) Render(string lineText, SourceSpan span)
    {
        int startIndex = Math.Clamp(span.StartColumn - 1, 0, lineText.Length);
        int endIndex = span.EndLine == span.StartLine ? Math.Clamp(span.EndColumn - 1, startIndex, lineText.Length) : lineText.Length;

        var source = new StringBuilder(lineText.Length + 8);
        int startDisplay = -1, endDisplay = -1;
        for (int i = 0; i <= lineText.Length; i++)
        {
            if (i == startIndex) startDisplay = source.Length;
            if (i == endIndex) endDisplay = source.Length;
            if (i == lineText.Length) break;
            char c = lineText[i];
            if (c == '\t') source.Append(' ', TabWidth - (source.Length % TabWidth));
            else if (ControlCharacters.NeedsEscape(c)) source.Append('?'); // no control character or line separator reaches the terminal
            else source.Append(c);
        }
        int width = Math.Max(1, endDisplay - startDisplay);
        var carets = new string(' ', startDisplay) + "^" + new string('~', width - 1);
        return (source.ToString().TrimEnd(), carets);
    }
}
