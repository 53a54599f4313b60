using System.Collections.Generic;
using System.Linq;
using System.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Inventory;

/// <summary>docs/rules/README.md: how rules are configured, then one table per id range.</summary>
public static class RulePagesIndex
{
    /// <summary>What each id range is about, as <c>RuleIds</c> groups them (shared/spec/rules.md).</summary>
    private static readonly Dictionary<char, string> RangeTitles = new Dictionary<char, string>
    {
        ['0'] = "the tool's own input",
        ['1'] = "the manifest itself",
        ['2'] = "the upgrade path",
        ['3'] = "database and TLS",
        ['4'] = "snapshots, backups and required steps",
        ['5'] = "downtime and scheduling",
        ['6'] = "side-by-side strategy",
    };

    private const string Introduction = @"# UpgradeGuard rules

One page per rule: what it checks, why (from the vendor's upgrade guide), a
bad and a good manifest, how to fix it, and how to suppress it.

The tables below, the README's rule table and the analyzer's release tracking
(`src/UpgradeGuard.Analyzers/AnalyzerReleases.*.md`) are generated from the
rules' descriptors by `" + InventoryFiles.Command + @"`: edit a rule's class
or its page, then run the command (a test fails while they are stale).

Severity is the default: Error fails the build, Warning is shown, Info is
shown and never fails. Change it per rule in `.editorconfig`:

```ini
[*.upgrade.yaml]
dotnet_diagnostic.UG5001.severity = error
```

or suppress one finding with a comment on the line or the line before
(`# upgrade-guard: disable-line UG5001 -- reason`,
`# upgrade-guard: disable-next-line UG5001 -- reason`), or a whole file
(`# upgrade-guard: disable-file UG5001 -- reason`).

Suppression comments and severity entries are checked too: one that cannot be read is UG0002, one that
suppresses nothing is UG0003.
";

    public static string Generate(IEnumerable<RuleDescriptor> descriptors)
    {
        var text = new StringBuilder(Introduction.Replace("\r\n", "\n"));
        foreach (var range in descriptors.GroupBy(d => d.Id.Substring(2, 1)[0]))
        {
            var categories = string.Join(", ", range.Select(d => d.Category).Distinct());
            var heading = RangeTitles.TryGetValue(range.Key, out var title) ? $"{title} (category {categories})" : $"category {categories}";
            text.Append($"\n## UG{range.Key}xxx: {heading}\n\n");
            text.Append("| Id | Severity | Title | Page |\n|---|---|---|---|\n");
            foreach (var rule in range)
            {
                text.Append($"| {rule.Id} | {rule.DefaultSeverity} | {rule.Title} | [{rule.Id}.md]({rule.Id}.md) |\n");
            }
        }
        return text.ToString();
    }
}
