using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules;

/// <summary>What a rule sees: the typed manifest, the catalog, the resolved plan and schedule, and a sink.</summary>
public sealed class RuleContext
{
    public RuleContext(Manifest manifest, CatalogSet catalogs, ProductCatalog? product, UpgradePlan? plan, FindingSink sink)
    {
        Manifest = manifest;
        Catalogs = catalogs;
        Product = product;
        Plan = plan;
        Sink = sink;
        var schedule = manifest.Schedule;
        // The plan placed the downtime once; without a plan (unknown product) it is placed here, with no estimate.
        if (plan is not null)
        {
            Placement = plan.Placement;
            Downtime = plan.Downtime;
        }
        else if (schedule?.Start != null)
        {
            Placement = SchedulePlacement.Place(schedule, null);
            Downtime = DowntimeOnCalendar.From(Placement, schedule, null);
        }
    }

    public Manifest Manifest { get; }
    public CatalogSet Catalogs { get; }
    /// <summary>The product checked against; null when <c>product</c> names no catalog (UG1005).</summary>
    public ProductCatalog? Product { get; }
    /// <summary>The plan; null when the product is unknown.</summary>
    public UpgradePlan? Plan { get; }
    public FindingSink Sink { get; }
    /// <summary>Where schedule.start falls, and the downtime from it; null when there is no start.</summary>
    public SchedulePlacement? Placement { get; }
    /// <summary>The downtime on the calendar (<see cref="UpgradePlan.Downtime"/>); null when it cannot be placed.</summary>
    public DowntimeOnCalendar? Downtime { get; }

    /// <summary>
    /// True when a start is given but cannot be placed in time (malformed, unknown or missing zone, skipped or
    /// repeated local time, or so late that it or the downtime from it falls after 9999-12-31): the other UG5xxx
    /// rules then stay silent.
    /// </summary>
    public bool StartUnplaceable => Placement != null && !Placement.IsPlaced;

    public IReadOnlyList<Step> Steps => Manifest.Upgrade?.Steps ?? (IReadOnlyList<Step>)new Step[0];

    public void Report(RuleDescriptor rule, SourceSpan span, string message) => Sink.Report(rule, span, message);

    /// <summary>The external database's engine as the catalog knows it, when readable.</summary>
    public EngineInfo? DatabaseEngine => Product is null || !Manifest.HasExternalDatabase ? null : DatabaseCourse.EngineOf(Manifest, Product);

    private int[]? _segmentStart; // by Step.Index: the list position where that upgrade step's segment starts
    private Dictionary<string, int>? _firstIndexOfAction;

    /// <summary>
    /// The steps between the previous <c>upgrade</c> step (or the start) and <paramref name="upgradeStep"/>. Segments
    /// are computed once, so rules stay linear in the length of the runbook.
    /// </summary>
    public IEnumerable<Step> StepsBefore(Step upgradeStep)
    {
        var steps = Steps;
        if (_segmentStart is null)
        {
            _segmentStart = new int[steps.Count == 0 ? 0 : steps[steps.Count - 1].Index + 1];
            int start = 0;
            for (int i = 0; i < steps.Count; i++)
            {
                if (steps[i].Kind != StepKind.Upgrade) continue;
                _segmentStart[steps[i].Index] = start;
                start = i + 1;
            }
        }
        if (upgradeStep.Index >= _segmentStart.Length) yield break;
        for (int i = _segmentStart[upgradeStep.Index]; i < steps.Count && steps[i] != upgradeStep; i++) yield return steps[i];
    }

    /// <summary>Whether a readable step of <paramref name="action"/> stands before <paramref name="step"/>.</summary>
    public bool HasActionBefore(string action, Step step)
    {
        if (_firstIndexOfAction is null)
        {
            _firstIndexOfAction = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var s in Steps)
            {
                if (s.IsValid && !_firstIndexOfAction.ContainsKey(s.Action)) _firstIndexOfAction[s.Action] = s.Index;
            }
        }
        return _firstIndexOfAction.TryGetValue(action, out int index) && index < step.Index;
    }

    public string ClusterSize => Plan?.Nodes is int n ? Wording.Appliances(n) : "the cluster";

    public string DataDate => Catalogs.DataDate;
}
