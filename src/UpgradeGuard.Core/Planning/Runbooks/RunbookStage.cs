using System.Collections.Generic;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>One stage of the guide's side-by-side procedure, in order, with the manifest steps it becomes.</summary>
public sealed class RunbookStage
{
    public RunbookStage(int number, string title, string citation, IReadOnlyList<string> details, IReadOnlyList<RunbookStep> steps, bool holdsHops)
    {
        Number = number;
        Title = title;
        Citation = citation;
        Details = details;
        Steps = steps;
        HoldsHops = holdsHops;
    }

    /// <summary>1-based.</summary>
    public int Number { get; }
    /// <summary>What to do, as an imperative: <c>Create the environment backup</c>.</summary>
    public string Title { get; }
    /// <summary>Where the guide says it: <c>guide, "High availability", step 2</c>.</summary>
    public string Citation { get; }
    /// <summary>The particulars: addresses, hosts, what is lost, what to check.</summary>
    public IReadOnlyList<string> Details { get; }
    /// <summary>The manifest steps this stage becomes in a <c>steps:</c> block; none for work outside the manifest's vocabulary.</summary>
    public IReadOnlyList<RunbookStep> Steps { get; }
    /// <summary>The stage where the runbook's hops run (on the new node).</summary>
    public bool HoldsHops { get; }
}

/// <summary>The side-by-side procedure of the guide ("High availability"), for a manifest whose strategy is side-by-side.</summary>
public sealed class SideBySideProcedure
{
    public SideBySideProcedure(IReadOnlyList<RunbookStage> stages, string usersDowntime, string dataLoss)
    {
        Stages = stages;
        UsersDowntime = usersDowntime;
        DataLoss = dataLoss;
    }

    /// <summary>In the guide's order.</summary>
    public IReadOnlyList<RunbookStage> Stages { get; }
    /// <summary>Why the users' downtime is the traffic switch, not the appliance minutes.</summary>
    public string UsersDowntime { get; }
    /// <summary>What the new environment does not have: shares, audit logs between backup and go-live.</summary>
    public string DataLoss { get; }
}
