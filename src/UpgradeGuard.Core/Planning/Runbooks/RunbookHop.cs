using System.Collections.Generic;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>One direct upgrade of the supported path, with its estimate for the whole cluster and the steps it needs.</summary>
/// <param name="Number">1-based.</param>
/// <param name="OffsetMinutes">Estimated minutes of the hops before this one: where the hop starts in the downtime.</param>
/// <param name="Steps">In order; the last one is the upgrade itself.</param>
/// <param name="Notes">What to know before the hop: support, the OS upgrade, TLS, the database.</param>
public sealed record RunbookHop(int Number, UpgradeEdge Edge, int Nodes, long OffsetMinutes, IReadOnlyList<RunbookStep> Steps, IReadOnlyList<string> Notes)
{
    public ProductVersion From => Edge.From;
    public ProductVersion To => Edge.To;
    public int MinutesPerAppliance => Edge.MinutesPerAppliance;
    /// <summary>Minutes per appliance times the appliances: they are upgraded one after another.</summary>
    public long EstimateMinutes => UpgradePlan.Estimate(Edge.MinutesPerAppliance, Nodes);
    public bool SupportAssisted => Edge.SupportAssisted;
    public bool UpgradesOs => Edge.UpgradesOs;
}
