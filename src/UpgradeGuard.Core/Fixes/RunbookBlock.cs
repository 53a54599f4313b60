using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// The <c>steps:</c> block a manifest without steps gets: a snapshot (with the database when external) before each
/// hop of the supported path, then the hop. Written after the last line of the <c>upgrade</c> section.
/// </summary>
internal static class RunbookBlock
{
    public static TextEdit? For(FixContext context, UpgradePath path)
    {
        var upgrade = context.UpgradeNode;
        if (upgrade is null || upgrade.Entries.Count == 0 || context.IsFlow(upgrade) || path.IsEmpty) return null;
        int keyColumn = context.Lines.Column(upgrade.Entries[0].Key.Span.StartOffset);
        var layout = new StepListLayout(keyColumn + 2, 2);
        var lines = new List<string> { SourceLines.Spaces(keyColumn) + "steps:" };
        lines.AddRange(layout.Render(Steps(path, context.HasExternalDatabase)));
        int at = context.Lines.LineEnd(context.ContentEnd(upgrade));
        return TextEdit.Insert(at, context.Lines.LinesAfter(lines));
    }

    private static IEnumerable<NewStep> Steps(UpgradePath path, bool includeDatabase) =>
        path.Hops.SelectMany(edge => new[] { NewStep.Snapshot(includeDatabase), NewStep.Upgrade(edge.To.ToString()) });
}
