using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>Writes <c>tool.driver.rules</c>: every descriptor, so results can point at any of them by index.</summary>
public static class SarifRules
{
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    public static void Write(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalCase(rule.Title));
            WriteMessage(json, "shortDescription", Sentence(rule.Title));
            WriteMessage(json, "fullDescription", Sentence(rule.Description));
            json.WriteStartObject("help");
            json.WriteString("text", $"{Sentence(rule.Description)} See {rule.HelpUri}");
            json.WriteString("markdown", $"**{rule.Id}: {rule.Title}**\n\n{Sentence(rule.Description)}\n\n[Documentation]({rule.HelpUri})");
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>"Missing snapshot before upgrade" -> "MissingSnapshotBeforeUpgrade"; "Database TLS versions unknown" -> "DatabaseTlsVersionsUnknown".</summary>
    public static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var word in title.Split(' ', '-', '/', '.', ',', '(', ')', '\'', ':'))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length == 0) continue;
            // Acronyms read as words ("TLS" -> "Tls"), as SARIF's friendly-name convention asks.
            var rest = letters.Length > 1 && letters.All(c => !char.IsLower(c)) ? letters.Substring(1).ToLowerInvariant() : letters.Substring(1);
            name.Append(char.ToUpperInvariant(letters[0])).Append(rest);
        }
        return name.ToString();
    }

    /// <summary>SARIF asks for plain-text messages that are complete sentences ending with a period.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
