using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>The rule listing of <c>upgrade-guard rules</c>: an aligned table, or <c>{"rules":[...]}</c>.</summary>
public static class RulesFormatter
{
    public const string Text = "text";
    public const string Json = "json";

    public static void WriteTable(IReadOnlyList<RuleDescriptor> rules, TextWriter writer)
    {
        var rows = rules.Select(r => new[] { r.Id, r.DefaultSeverity.ToDisplay(), r.Category, r.Title }).ToList();
        var header = new[] { "ID", "SEVERITY", "CATEGORY", "TITLE" };
        var widths = Enumerable.Range(0, header.Length - 1)
            .Select(c => rows.Select(row => row[c].Length).Append(header[c].Length).Max())
            .ToArray();
        foreach (var row in rows.Prepend(header))
        {
            var line = new StringBuilder();
            for (int c = 0; c < row.Length - 1; c++) line.Append(row[c].PadRight(widths[c] + 2));
            line.Append(row[^1]);
            writer.WriteLine(line.ToString());
        }
    }

    public static void WriteJson(IReadOnlyList<RuleDescriptor> rules, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFormatter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("severity", rule.DefaultSeverity.ToDisplay());
                json.WriteString("category", rule.Category);
                json.WriteString("title", rule.Title);
                json.WriteString("description", rule.Description);
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
