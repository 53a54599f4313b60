using System.Collections.Generic;

namespace UpgradeGuard.Core.Manifests;

/// <summary>
/// YAML 1.2, LSP and editors such as VS Code break lines at CR and LF only. YamlDotNet follows YAML 1.1 and also
/// breaks at NEL (U+0085), LS (U+2028) and PS (U+2029), so a NEL inside a comment would end the comment and the rest of
/// the editor's line would be read as YAML. Before parsing, each of the three is replaced by a private-use character
/// the text does not contain (same length, so every offset stays put); YamlDotNet reads it as an ordinary character
/// (in a comment, a scalar, a key) and scalar values get the original character back.
/// </summary>
internal sealed class Yaml11LineBreaks
{
    private static readonly char[] Breaks = { '\u0085', '\u2028', '\u2029' };

    private readonly char[] _standIns;

    private Yaml11LineBreaks(char[] standIns) => _standIns = standIns;

    /// <summary>Nothing to hide: the text has none of the three.</summary>
    public static readonly Yaml11LineBreaks None = new Yaml11LineBreaks(new char[0]);

    /// <summary>The text YamlDotNet should read, with its restorer; null when no stand-in is free (the text holds every private-use character).</summary>
    public static string? Hide(string text, out Yaml11LineBreaks restorer)
    {
        restorer = None;
        if (text.IndexOfAny(Breaks) < 0) return text;
        var used = new HashSet<char>();
        foreach (char c in text)
        {
            if (c >= '\uE000' && c <= '\uF8FF') used.Add(c);
        }
        var standIns = new char[Breaks.Length];
        int found = 0;
        for (char c = '\uE000'; c <= '\uF8FF' && found < standIns.Length; c++)
        {
            if (!used.Contains(c)) standIns[found++] = c;
        }
        if (found < standIns.Length) return null;
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            int k = System.Array.IndexOf(Breaks, chars[i]);
            if (k >= 0) chars[i] = standIns[k];
        }
        restorer = new Yaml11LineBreaks(standIns);
        return new string(chars);
    }

    /// <summary>A value or message read from the hidden text, with the original characters back.</summary>
    public string Restore(string value)
    {
        for (int k = 0; k < _standIns.Length; k++)
        {
            if (value.IndexOf(_standIns[k]) >= 0) value = value.Replace(_standIns[k], Breaks[k]);
        }
        return value;
    }
}
