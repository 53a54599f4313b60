using System.Collections.Generic;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>One direct upgrade of the supported path, with its estimate for the whole cluster and the steps it needs.</summary>
public sealed class RunbookHop
{
    public RunbookHop(int number, UpgradeEdge edge, int nodes, long offsetMinutes, IReadOnlyList<RunbookStep> steps, IReadOnlyList<string> notes)
    {
        Number = number;
        Edge = edge;
        Nodes = nodes;
        OffsetMinutes = offsetMinutes;
        Steps = steps;
        Notes = notes;
    }

    /// <summary>1-based.</summary>
    public int Number { get; }
    public UpgradeEdge Edge { get; }
    public ProductVersion From => Edge.From;
    public ProductVersion To => Edge.To;
    public int Nodes { get; }
    public int MinutesPerAppliance => Edge.MinutesPerAppliance;
    /// <summary>Minutes per appliance times the appliances: they are upgraded one after another.</summary>
    public long Minutes => (long)Edge.MinutesPerAppliance * Nodes;
    /// <summary>Estimated minutes of the hops before this one: where the hop starts in the downtime.</summary>
    public long OffsetMinutes { get; }
    public bool SupportAssisted => Edge.SupportAssisted;
    public bool UpgradesOs => Edge.UpgradesOs;
    /// <summary>In order; the last one is the upgrade itself.</summary>
    public IReadOnlyList<RunbookStep> Steps { get; }
    /// <summary>What to know before the hop: support, the OS upgrade, TLS, the database.</summary>
    public IReadOnlyList<string> Notes { get; }
}
