using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Planning;

/// <summary>One hop of the plan: an <c>upgrade</c> step, or the implicit hop of a manifest without steps.</summary>
/// <param name="Number">0-based hop number.</param>
/// <param name="From">The version before the hop; null when unknown (unreadable or not in the catalog).</param>
/// <param name="Step">The <c>upgrade</c> step, or null for the implicit hop.</param>
/// <param name="VersionSpan">The version the hop names: the step's value, or <c>upgrade.to</c>.</param>
/// <param name="StepSpan">The step's action entry, or <c>upgrade.to</c>.</param>
/// <param name="Direct">The catalog's direct upgrade, when the hop is one.</param>
/// <param name="EffectivePath">The direct upgrade, or else the quickest supported path between the hop's versions; null when none.</param>
public sealed record PlannedHop(int Number, ProductVersion? From, ProductVersion? To, Step? Step, SourceSpan VersionSpan, SourceSpan StepSpan,
    UpgradeEdge? Direct, UpgradePath? EffectivePath)
{
    public bool IsKnown => From != null && To != null;
    public bool IsForward => IsKnown && To!.Value > From!.Value;
}

/// <summary>A version the cluster runs during the plan, with the hop that gets it there.</summary>
public sealed record ReachedVersion(ProductVersion Version, PlannedHop Hop);

/// <summary>
/// The plan a manifest (or the runbook's supported path) describes, resolved against the catalog and computed once:
/// the hops with their estimates, the versions reached, the database course and the downtime on the calendar. Rules
/// decide from it; the hover and the runbook render it.
/// </summary>
public sealed class UpgradePlan
{
    public UpgradePlan(ProductCatalog product, IReadOnlyList<PlannedHop> hops, bool hasSteps, int? nodes, ScheduleSection? schedule = null)
    {
        Product = product;
        Hops = hops;
        HasSteps = hasSteps;
        Nodes = nodes;
        Reached = ComputeReached(hops);
        if (nodes != null && hops.Count > 0 && hops.All(h => h.EffectivePath != null))
        {
            EstimateMinutes = Estimate(hops.Sum(h => (long)h.EffectivePath!.MinutesPerAppliance), nodes.Value);
        }
        if (schedule?.Start != null)
        {
            Placement = SchedulePlacement.Place(schedule, EstimateMinutes);
            Downtime = DowntimeOnCalendar.From(Placement, schedule, EstimateMinutes);
        }
    }

    public ProductCatalog Product { get; }
    public IReadOnlyList<PlannedHop> Hops { get; }
    public bool HasSteps { get; }
    public int? Nodes { get; }
    /// <summary>Minutes of downtime for the whole plan; null when a hop cannot be estimated or nodes are unknown.</summary>
    public long? EstimateMinutes { get; }
    /// <summary>Every version the cluster runs after a hop, in order, including the intermediate versions of a hop that is not direct.</summary>
    public IReadOnlyList<ReachedVersion> Reached { get; }
    /// <summary>Where <c>schedule.start</c> falls, and the downtime from it (or why it cannot be placed); null without a start.</summary>
    public SchedulePlacement? Placement { get; }
    /// <summary>The downtime on the calendar; null without a placed start or without a length (no window, no estimate).</summary>
    public DowntimeOnCalendar? Downtime { get; }
    /// <summary>The database along the plan; null when its engine or version cannot be read (rules check it for an external database only).</summary>
    public DatabaseCourse? Database { get; private set; }

    public long? HopEstimateMinutes(PlannedHop hop) => hop.EffectivePath is null || Nodes is null ? (long?)null : Estimate(hop.EffectivePath.MinutesPerAppliance, Nodes.Value);

    /// <summary>The estimate: minutes per appliance times the appliances, upgraded one after another.</summary>
    public static long Estimate(long minutesPerAppliance, int nodes) => minutesPerAppliance * nodes;

    /// <summary>The first version the plan reaches that is <paramref name="version"/> or later, or null.</summary>
    public ReachedVersion? FirstReaching(ProductVersion version) => Reached.FirstOrDefault(r => r.Version >= version);

    /// <summary>True when the plan reaches <paramref name="version"/> or later.</summary>
    public bool Reaches(ProductVersion version) => FirstReaching(version) != null;

    private static IReadOnlyList<ReachedVersion> ComputeReached(IReadOnlyList<PlannedHop> hops)
    {
        var reached = new List<ReachedVersion>();
        foreach (var hop in hops)
        {
            if (!hop.IsForward) continue;
            if (hop.EffectivePath != null)
            {
                foreach (var edge in hop.EffectivePath.Hops) reached.Add(new ReachedVersion(edge.To, hop));
            }
            else
            {
                reached.Add(new ReachedVersion(hop.To!.Value, hop));
            }
        }
        return reached;
    }

    /// <summary>Builds the plan: one hop per <c>upgrade</c> step, or one implicit hop from cluster.version to upgrade.to.</summary>
    public static UpgradePlan Build(Manifest manifest, ProductCatalog product)
    {
        var hops = new List<PlannedHop>();
        var current = Known(manifest.Cluster?.Version, product);
        var steps = manifest.Upgrade?.Steps;
        int? nodes = manifest.Cluster?.Nodes is { IsValid: true } n ? n.Value : (int?)null;
        if (steps is null)
        {
            var to = manifest.Upgrade?.To;
            if (to != null)
            {
                hops.Add(MakeHop(0, current, Known(to, product), null, to.Span, to.Span, product));
            }
            return WithDatabase(new UpgradePlan(product, hops, false, nodes, manifest.Schedule), manifest);
        }
        ProductVersion? from = current;
        foreach (var step in steps.Where(s => s.Kind == StepKind.Upgrade))
        {
            var to = step.Version is { IsValid: true } ? Known(step.Version, product) : null;
            hops.Add(MakeHop(hops.Count, from, to, step, step.Version?.Span ?? step.Span, step.Span, product));
            from = to;
        }
        return WithDatabase(new UpgradePlan(product, hops, true, nodes, manifest.Schedule), manifest);
    }

    private static UpgradePlan WithDatabase(UpgradePlan plan, Manifest manifest)
    {
        plan.Database = DatabaseCourse.Build(manifest, plan.Product, plan.Reached);
        return plan;
    }

    private static PlannedHop MakeHop(int number, ProductVersion? from, ProductVersion? to, Step? step, SourceSpan versionSpan, SourceSpan stepSpan, ProductCatalog product)
    {
        UpgradeEdge? direct = null;
        UpgradePath? path = null;
        if (from != null && to != null && to.Value > from.Value)
        {
            direct = product.Graph.Direct(from.Value, to.Value);
            path = direct != null ? new UpgradePath(new[] { direct }) : product.Graph.FindPath(from.Value, to.Value);
        }
        return new PlannedHop(number, from, to, step, versionSpan, stepSpan, direct, path);
    }

    private static ProductVersion? Known(Located<ProductVersion>? version, ProductCatalog product) =>
        version is { IsValid: true } && product.IsKnown(version.Value) ? version.Value : (ProductVersion?)null;
}
