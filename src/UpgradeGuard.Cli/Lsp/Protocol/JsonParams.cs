using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>
/// Reads parameters of any JSON type without throwing: a member of something that is not an object is absent, a value
/// of the wrong type is not a string or a number. Handlers turn "absent" into <see cref="InvalidParamsException"/>.
/// </summary>
public static class JsonParams
{
    /// <summary>The member <paramref name="name"/> of an object; null when absent or when <paramref name="node"/> is not an object.</summary>
    public static JsonNode? Member(JsonNode? node, string name) => node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>
    /// A JSON string, with lone surrogates kept: LSP text is UTF-16, and an editor may send half of a surrogate pair
    /// (<c>"\ud83d"</c>) while the user types an emoji. System.Text.Json refuses to decode such a string, so its escapes
    /// are read here from the raw JSON text.
    /// </summary>
    public static bool TryGetString(JsonNode? node, out string value)
    {
        value = string.Empty;
        if (node is not JsonValue json || json.GetValueKind() != JsonValueKind.String) return false;
        if (json.TryGetValue<JsonElement>(out var element))
        {
            value = Unescape(element.GetRawText());
            return true;
        }
        return json.TryGetValue(out value!);
    }

    public static bool TryGetInt(JsonNode? node, out int value)
    {
        value = 0;
        return node is JsonValue json && json.GetValueKind() == JsonValueKind.Number && json.TryGetValue(out value);
    }

    /// <summary>The text of a raw JSON string token (quotes included), every escape resolved, unpaired surrogates kept.</summary>
    internal static string Unescape(string raw)
    {
        int first = raw.IndexOf('\\');
        if (first < 0) return raw.Substring(1, raw.Length - 2);
        var builder = new StringBuilder(raw.Length);
        builder.Append(raw, 1, first - 1);
        for (int i = first; i < raw.Length - 1; i++)
        {
            char c = raw[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            char escape = raw[++i];
            switch (escape)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    // The JSON reader has checked that four hex digits follow.
                    builder.Append((char)int.Parse(raw.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(escape); break; // \" \\ \/
            }
        }
        return builder.ToString();
    }
}
