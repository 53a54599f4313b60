using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>
/// The runbook of an upgrade: the quickest supported path from the version running today to the target, each hop with
/// its estimate and the steps it needs, the total downtime and where it falls against business hours. Made from a
/// checked manifest (<see cref="FromManifest"/>) or from inputs (<see cref="FromInputs"/>); never throws for bad input:
/// what stops a runbook is in <see cref="Problems"/>.
/// </summary>
public sealed class Runbook
{
    internal Runbook(IReadOnlyList<RunbookProblem> problems)
    {
        Problems = problems;
        Hops = new RunbookHop[0];
        Warnings = new string[0];
        DayNotes = new GuideNote[0];
    }

    internal Runbook(RunbookRequest request, UpgradePlan plan, UpgradePath path, IReadOnlyList<RunbookHop> hops, IReadOnlyList<string> warnings,
        IReadOnlyList<GuideNote> dayNotes, SideBySideProcedure? sideBySide)
    {
        Problems = new RunbookProblem[0];
        Name = request.Name;
        ManifestPath = request.ManifestPath;
        Product = request.Product;
        From = request.From;
        To = request.To;
        Nodes = request.Nodes;
        Database = request.Database;
        IsSideBySide = request.IsSideBySide;
        Plan = plan;
        Path = path;
        Hops = hops;
        Warnings = warnings;
        DayNotes = dayNotes;
        SideBySide = sideBySide;
    }

    /// <summary>The runbook for the manifest's cluster, database and schedule; its own steps are not used (the runbook is the supported plan).</summary>
    public static Runbook FromManifest(ICheckedManifest analysis) => RunbookBuilder.Build(ManifestRunbookReader.Read(analysis));

    /// <summary>The runbook for inputs given without a manifest, checked against <paramref name="catalogs"/> (default: the built-in catalog).</summary>
    public static Runbook FromInputs(RunbookInputs inputs, CatalogSet? catalogs = null) =>
        RunbookBuilder.Build(RunbookInputReader.Read(inputs, catalogs ?? CatalogLoader.BuiltIn));

    /// <summary>Why there is no runbook; empty when there is one.</summary>
    public IReadOnlyList<RunbookProblem> Problems { get; }
    public bool IsPossible => Problems.Count == 0;

    // What follows describes the runbook when IsPossible; without one it holds defaults.

    /// <summary>The manifest's <c>metadata.name</c>, when there is one.</summary>
    public string? Name { get; }
    /// <summary>The manifest it was made from, as reports name it; null for inputs given on the command line.</summary>
    public string? ManifestPath { get; }
    public ProductCatalog? Product { get; }
    public ProductVersion From { get; }
    public ProductVersion To { get; }
    public int Nodes { get; }
    /// <summary>The external database; null for the embedded one.</summary>
    public RunbookDatabase? Database { get; }
    /// <summary>The manifest asks for side-by-side: the hops run on new appliances (see <see cref="SideBySide"/>).</summary>
    public bool IsSideBySide { get; }
    /// <summary>The guide's side-by-side procedure around the hops; null for in-place.</summary>
    public SideBySideProcedure? SideBySide { get; }
    /// <summary>The guide's notes for the day of the upgrade, each citing it.</summary>
    public IReadOnlyList<GuideNote> DayNotes { get; }
    /// <summary>
    /// The plan the engine's rules would see for this runbook: one implicit hop along the supported path, with the
    /// estimate and the downtime on the calendar.
    /// </summary>
    public UpgradePlan? Plan { get; }
    public UpgradePath? Path { get; }
    public IReadOnlyList<RunbookHop> Hops { get; }
    /// <summary>Minutes per appliance over the whole path.</summary>
    public int MinutesPerAppliance => Hops.Sum(h => h.MinutesPerAppliance);
    /// <summary>The estimated downtime: the sum of the hops' minutes per appliance times the appliances.</summary>
    public long EstimateMinutes => Plan?.EstimateMinutes ?? 0;
    /// <summary>Where the downtime falls (the plan's <see cref="UpgradePlan.Downtime"/>); null when no start was given.</summary>
    public DowntimeOnCalendar? Downtime => Plan?.Downtime;
    /// <summary>What needs attention though the runbook stands: unsupported databases, support-assisted hops, TLS.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
