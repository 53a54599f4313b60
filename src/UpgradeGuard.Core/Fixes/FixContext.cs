using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>What a fix sees: the text, the manifest and plan the engine read from it, the diagnostic, and the catalogs.</summary>
internal sealed class FixContext
{
    public FixContext(string text, Manifest manifest, UpgradePlan? plan, Diagnostic diagnostic, CatalogSet catalogs)
    {
        Lines = new SourceLines(text);
        Manifest = manifest;
        Plan = plan;
        Diagnostic = diagnostic;
        Catalogs = catalogs;
    }

    public SourceLines Lines { get; }
    public string Text => Lines.Text;
    public Manifest Manifest { get; }
    public UpgradePlan? Plan { get; }
    public Diagnostic Diagnostic { get; }
    public CatalogSet Catalogs { get; }

    /// <summary>The product the plan was checked against, as the catalogs in force know it.</summary>
    public ProductCatalog? Product =>
        Plan is null ? null : Catalogs.Find(Plan.Product.Id) ?? Plan.Product;

    public bool HasExternalDatabase => Manifest.HasExternalDatabase;

    /// <summary>Whether the diagnostic points exactly at <paramref name="span"/>.</summary>
    public bool IsAt(SourceSpan span) =>
        span.StartOffset == Diagnostic.Span.StartOffset && span.EndOffset == Diagnostic.Span.EndOffset;

    /// <summary>The <c>upgrade</c> step the diagnostic points at (its action entry), or null.</summary>
    public Step? UpgradeStepAtDiagnostic() =>
        Manifest.Upgrade?.Steps?.FirstOrDefault(s => s.Kind == StepKind.Upgrade && IsAt(s.Span));

    /// <summary>The hop whose version the diagnostic points at (a step's version, or upgrade.to without steps).</summary>
    public PlannedHop? HopAtDiagnosticVersion() => Plan?.Hops.FirstOrDefault(h => IsAt(h.VersionSpan));

    public PlannedHop? HopOf(Step upgradeStep) => Plan?.Hops.FirstOrDefault(h => h.Step == upgradeStep);

    /// <summary>The steps between the previous <c>upgrade</c> step (or the start) and <paramref name="upgradeStep"/>.</summary>
    public IReadOnlyList<Step> SegmentBefore(Step upgradeStep)
    {
        var segment = new List<Step>();
        foreach (var step in Manifest.Upgrade?.Steps ?? new List<Step>())
        {
            if (step == upgradeStep) return segment;
            if (step.Kind == StepKind.Upgrade) segment.Clear();
            else segment.Add(step);
        }
        return new List<Step>();
    }

    /// <summary>A snapshot that names every appliance (<c>all</c>, or as many names as <c>cluster.nodes</c>).</summary>
    public bool CoversCluster(Step snapshot)
    {
        if (snapshot.Kind != StepKind.Snapshot || !snapshot.IsValid) return false;
        if (snapshot.SnapshotAll) return true;
        return Plan?.Nodes is int nodes && snapshot.SnapshotAppliances.Distinct().Count() >= nodes;
    }

    /// <summary>The <c>upgrade</c> section's mapping, when it is one written under its key (not an alias of one written elsewhere).</summary>
    public YamlMapping? UpgradeNode =>
        Entry(Manifest.Root, "upgrade") is { Value: YamlMapping mapping } entry && mapping.Span.StartOffset > entry.Key.Span.EndOffset ? mapping : null;

    /// <summary>The list under <c>upgrade.steps</c>, when it is one.</summary>
    public YamlSequence? StepsNode => UpgradeNode is { } upgrade ? Entry(upgrade, "steps")?.Value as YamlSequence : null;

    /// <summary>
    /// An edit that inserts <paramref name="steps"/> as whole lines right before <paramref name="step"/>, above the
    /// comment lines directly over it (they describe or suppress that step); null when the list is not a block list.
    /// </summary>
    public TextEdit? InsertBefore(Step step, IEnumerable<NewStep> steps)
    {
        var list = StepsNode;
        if (list is null || !IsWrittenInList(list, step)) return null;
        var layout = StepListLayout.Of(Lines, step.Node, out int dash);
        if (layout is null) return null;
        int floor = step.Index > 0 ? ContentEnd(list.Items[step.Index - 1]) : StepsKeyEnd();
        int at = Lines.LineStart(dash);
        for (int above = Lines.PreviousLineStart(at); above > floor && Lines.IsCommentLine(above); above = Lines.PreviousLineStart(above))
        {
            at = above;
        }
        return TextEdit.Insert(at, Lines.LinesBefore(layout.Render(steps)));
    }

    /// <summary>
    /// Whether <paramref name="step"/> is written as its own item of the block list of steps: not an alias of a
    /// mapping written elsewhere (an edit there would change every step that shares it, somewhere else).
    /// </summary>
    public bool IsWrittenInList(Step step) => StepsNode is { } list && IsWrittenInList(list, step);

    private bool IsWrittenInList(YamlSequence list, Step step) =>
        step.Index < list.Items.Count && list.Items[step.Index] == step.Node &&
        list.Items.Count(item => item == step.Node) == 1 &&
        StepListLayout.Of(Lines, step.Node, out _) != null;

    /// <summary>Where the text of <paramref name="node"/> ends: after its last scalar, or after the closing bracket of a flow collection.</summary>
    public int ContentEnd(YamlNode node)
    {
        while (true)
        {
            switch (node)
            {
                case YamlMapping mapping when mapping.Entries.Count > 0 && !IsFlow(mapping):
                    var last = mapping.Entries[mapping.Entries.Count - 1];
                    // An empty value has no text: YAML places it at the next token (after `? key` that is the next line).
                    node = last.Value.Span.Length > 0 && last.Value.Span.EndOffset >= last.Key.Span.EndOffset ? last.Value : last.Key;
                    continue;
                case YamlSequence sequence when sequence.Items.Count > 0 && !IsFlow(sequence):
                    node = sequence.Items[sequence.Items.Count - 1];
                    continue;
                default:
                    return node.Span.EndOffset;
            }
        }
    }

    /// <summary>A <c>{...}</c> mapping or <c>[...]</c> list.</summary>
    public bool IsFlow(YamlNode node) =>
        node.Span.StartOffset < Text.Length && (Text[node.Span.StartOffset] == '{' || Text[node.Span.StartOffset] == '[');

    private int StepsKeyEnd() => Manifest.Upgrade?.StepsKeySpan?.EndOffset ?? 0;

    private static YamlEntry? Entry(YamlMapping mapping, string key) => mapping.Entries.FirstOrDefault(e => e.KeyText == key);
}
