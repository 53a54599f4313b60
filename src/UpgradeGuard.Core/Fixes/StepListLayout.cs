using System.Collections.Generic;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// How a block list of steps is indented: what stands before each <c>-</c>, and how far after it the keys start.
/// New steps copy the layout of the list they join, so <c>  - snapshot</c> and <c>-   snapshot</c> lists both stay alike.
/// </summary>
internal sealed class StepListLayout
{
    public StepListLayout(int dashColumn, int keyOffset)
    {
        DashColumn = dashColumn;
        KeyOffset = keyOffset < 2 ? 2 : keyOffset;
    }

    /// <summary>0-based column of the <c>-</c>.</summary>
    public int DashColumn { get; }
    /// <summary>Columns from the <c>-</c> to the step's first key (2 for <c>- key</c>).</summary>
    public int KeyOffset { get; }

    /// <summary>
    /// The layout of the block list item <paramref name="item"/> (a step's mapping), with the offset of its dash;
    /// null when the item is not written as <c>- key: value</c> at the start of its line (a flow list, for one).
    /// </summary>
    public static StepListLayout? Of(SourceLines lines, YamlNode item, out int dashOffset)
    {
        dashOffset = -1;
        var text = lines.Text;
        int i = item.Span.StartOffset - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0 || text[i] != '-' || !lines.StartsLine(i)) return null;
        dashOffset = i;
        return new StepListLayout(lines.Column(i), item.Span.StartOffset - i);
    }

    /// <summary>The lines of <paramref name="steps"/>, indented as this list.</summary>
    public IEnumerable<string> Render(IEnumerable<NewStep> steps)
    {
        string dash = SourceLines.Spaces(DashColumn) + "-" + SourceLines.Spaces(KeyOffset - 1);
        string under = SourceLines.Spaces(DashColumn + KeyOffset);
        foreach (var step in steps)
        {
            yield return dash + step.Action;
            foreach (var entry in step.ExtraEntries) yield return under + entry;
        }
    }
}
