using System.Collections.Generic;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>One stage of the guide's side-by-side procedure, in order, with the manifest steps it becomes.</summary>
/// <param name="Number">1-based.</param>
/// <param name="Title">What to do, as an imperative: <c>Create the environment backup</c>.</param>
/// <param name="Citation">Where the guide says it: <c>guide, "High availability", step 2</c>.</param>
/// <param name="Details">The particulars: addresses, hosts, what is lost, what to check.</param>
/// <param name="Steps">The manifest steps this stage becomes in a <c>steps:</c> block; none for work outside the manifest's vocabulary.</param>
/// <param name="HoldsHops">The stage where the runbook's hops run (on the new node).</param>
public sealed record RunbookStage(int Number, string Title, string Citation, IReadOnlyList<string> Details, IReadOnlyList<RunbookStep> Steps, bool HoldsHops);

/// <summary>The side-by-side procedure of the guide ("High availability"), for a manifest whose strategy is side-by-side.</summary>
/// <param name="Stages">In the guide's order.</param>
/// <param name="UsersDowntime">Why the users' downtime is the traffic switch, not the appliance minutes.</param>
/// <param name="DataLoss">What the new environment does not have: shares, audit logs between backup and go-live.</param>
public sealed record SideBySideProcedure(IReadOnlyList<RunbookStage> Stages, string UsersDowntime, string DataLoss);
