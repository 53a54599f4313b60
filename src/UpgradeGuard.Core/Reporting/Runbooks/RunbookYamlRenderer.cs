using System.Text;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>
/// The runbook as a manifest <c>steps:</c> block (format v1), indented to paste under <c>upgrade:</c>: a snapshot
/// (with the database) before each hop, the catalog's required steps, and database upgrades where the range demands one.
/// </summary>
public static class RunbookYamlRenderer
{
    private const string Indent = "  ";

    public static string Render(Runbook runbook)
    {
        var yaml = new StringBuilder();
        Comment(yaml, Indent, $"upgrade-guard plan: {RunbookWording.Path(runbook)}, {RunbookWording.TotalEstimate(runbook)}");
        Comment(yaml, Indent, $"paste under 'upgrade:' (to: {runbook.To})");
        foreach (var warning in runbook.Warnings) Comment(yaml, Indent, "warning: " + warning);
        yaml.Append(Indent).Append("steps:\n");
        string item = Indent + Indent;
        if (runbook.SideBySide is { } sideBySide)
        {
            foreach (var stage in sideBySide.Stages)
            {
                Comment(yaml, item, $"stage {stage.Number}: {stage.Title} ({stage.Citation})");
                if (stage.HoldsHops) Hops(yaml, runbook, item);
                foreach (var step in stage.Steps) Step(yaml, item, step, null);
            }
        }
        else
        {
            Hops(yaml, runbook, item);
        }
        return yaml.ToString();
    }

    private static void Hops(StringBuilder yaml, Runbook runbook, string item)
    {
        foreach (var hop in runbook.Hops)
        {
            if (hop.SupportAssisted) Comment(yaml, item, $"{hop.From} -> {hop.To} is support-assisted: contact Parallels support first");
            foreach (var step in hop.Steps) Step(yaml, item, step, hop);
        }
    }

    private static void Step(StringBuilder yaml, string item, RunbookStep step, RunbookHop? hop)
    {
        yaml.Append(item).Append("- ").Append(step.Action).Append(": ").Append(step.Value);
        if (step.Kind == RunbookStepKind.Upgrade && hop != null) yaml.Append("  # ").Append(RunbookWording.HopEstimate(hop));
        yaml.Append('\n');
        if (step.IncludesDatabase) yaml.Append(item).Append("  database: true\n");
    }

    private static void Comment(StringBuilder yaml, string indent, string text) => yaml.Append(indent).Append("# ").Append(text).Append('\n');
}
