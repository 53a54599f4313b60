using System.IO;
using System.Text;
using System.Xml;

namespace UpgradeGuard.Cli.Output;

/// <summary>What the XML formats (junit, checkstyle) share: UTF-8 without BOM, indented, '\n', escaping by XmlWriter.</summary>
internal static class XmlReports
{
    public static XmlWriter Create(TextWriter writer) => XmlWriter.Create(writer, new XmlWriterSettings
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        CloseOutput = false,
    });

    /// <summary>The declaration, written by hand: a TextWriter would make XmlWriter declare its own encoding (UTF-16 for a StringWriter).</summary>
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && cleaned is null) cleaned = new StringBuilder(text, 0, i, text.Length);
            cleaned?.Append(ok ? c : '\uFFFD');
        }
        return cleaned?.ToString() ?? text;
    }
}
