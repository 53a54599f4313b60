using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>
/// Turns a request into a runbook: the supported path (UpgradeGraph); the plan along it (UpgradePlan: the estimate and
/// the downtime on the calendar, computed as for a manifest); the steps of each hop.
/// </summary>
internal static class RunbookBuilder
{
    /// <summary>The largest <c>cluster.nodes</c> a manifest can hold (six digits).</summary>
    private const int MaximumNodes = 999999;

    public static Runbook Build((RunbookRequest? Request, IReadOnlyList<RunbookProblem> Problems) read)
    {
        if (read.Request is null) return new Runbook(read.Problems);
        var request = read.Request;
        var problems = new List<RunbookProblem>();
        var path = FindPath(request, problems);
        // One implicit hop along the supported path: the plan places the downtime as it does for a manifest's rules.
        var implicitHop = new PlannedHop(0, request.From, request.To, null, default, default, path is null ? null : request.Product.Graph.Direct(request.From, request.To), path);
        var plan = new UpgradePlan(request.Product, new[] { implicitHop }, hasSteps: false, request.Nodes, request.Schedule);
        StartProblem(request, plan.Placement, problems);
        if (path is null || problems.Count > 0) return new Runbook(problems);
        if (plan.Placement is { Problem: PlacementProblem.DowntimePastCalendar } late)
        {
            return new Runbook(new[] { new RunbookProblem(RunbookProblemKind.InvalidInput,
                $"the downtime from {request.Schedule!.Start!.Text} for {(long)late.Length!.Value.TotalMinutes} min runs past the end of the calendar (year 9999); pick an earlier start") });
        }

        var warnings = new List<string>();
        var hops = Hops(request, path, warnings);
        var dayNotes = RunbookGuide.DayNotes(request, hops);
        var sideBySide = request.IsSideBySide ? RunbookGuide.SideBySide(request, hops, plan.EstimateMinutes ?? 0) : null;
        return new Runbook(request, plan, path, hops, warnings, dayNotes, sideBySide);
    }

    private static UpgradePath? FindPath(RunbookRequest request, List<RunbookProblem> problems)
    {
        var product = request.Product;
        string known = string.Join(", ", product.Versions);
        foreach (var (role, version) in new[] { ("current", request.From), ("target", request.To) })
        {
            if (!product.IsKnown(version))
            {
                problems.Add(new RunbookProblem(RunbookProblemKind.InvalidInput, $"the {role} version {version} is not in the {product.Name} catalog; known versions: {known}"));
            }
        }
        if (request.Nodes < 1)
        {
            problems.Add(new RunbookProblem(RunbookProblemKind.InvalidInput, $"the cluster must have at least 1 appliance (got {request.Nodes})"));
        }
        else if (request.Nodes > MaximumNodes)
        {
            problems.Add(new RunbookProblem(RunbookProblemKind.InvalidInput, $"{request.Nodes} appliances is more than a manifest allows (at most {MaximumNodes})"));
        }
        if (problems.Count > 0) return null;
        if (request.To == request.From)
        {
            problems.Add(new RunbookProblem(RunbookProblemKind.NoPath, $"the cluster already runs {request.To}: there is nothing to upgrade"));
            return null;
        }
        if (request.To < request.From)
        {
            problems.Add(new RunbookProblem(RunbookProblemKind.NoPath, $"{request.From} -> {request.To} goes backwards: {product.Name} supports no downgrade; pick a target newer than {request.From}"));
            return null;
        }
        var path = product.Graph.FindPath(request.From, request.To);
        if (path is null)
        {
            var reachable = product.Versions.Where(v => v > request.From && product.Graph.FindPath(request.From, v) != null).ToList();
            problems.Add(new RunbookProblem(RunbookProblemKind.NoPath,
                $"no supported path leads from {request.From} to {request.To} in the upgrade table; " +
                (reachable.Count > 0 ? $"from {request.From} the table reaches {string.Join(", ", reachable)}" : $"the table has no upgrade from {request.From} at all") +
                "; contact Parallels support, or add the vendor's newer hops with --catalog"));
        }
        return path;
    }

    /// <summary>Why the start cannot be placed, if it cannot; a start placed with a downtime past the calendar is reported once the path is known.</summary>
    private static void StartProblem(RunbookRequest request, SchedulePlacement? placement, List<RunbookProblem> problems)
    {
        if (placement is null) return;
        var schedule = request.Schedule!;
        var start = schedule.Start!;
        switch (placement.Problem)
        {
            case PlacementProblem.None:
            case PlacementProblem.DowntimePastCalendar:
                return;
            case PlacementProblem.SkippedLocalTime:
            case PlacementProblem.AmbiguousLocalTime:
                problems.Add(new RunbookProblem(RunbookProblemKind.InvalidInput, "the start " + Wording.DaylightSavingChange(start.Text, placement.Zone!, placement.Mapping!)));
                return;
            case PlacementProblem.StartPastCalendar:
                problems.Add(new RunbookProblem(RunbookProblemKind.InvalidInput,
                    $"the start {start.Text} in {placement.Zone!.Id} falls after the end of the calendar (9999-12-31, in UTC and in the zone), so it cannot be placed in time; pick an earlier start"));
                return;
            case PlacementProblem.UnknownTimeZone:
                problems.Add(new RunbookProblem(RunbookProblemKind.InvalidInput, $"unknown time zone '{schedule.TimeZone?.Text}': the IANA time-zone database has no such id"));
                return;
            default:
                problems.Add(new RunbookProblem(RunbookProblemKind.InvalidInput,
                    $"the start '{start.Text}' cannot be placed in time: it needs a readable date-time and a known time zone (or an offset)"));
                return;
        }
    }

    private static IReadOnlyList<RunbookHop> Hops(RunbookRequest request, UpgradePath path, List<string> warnings)
    {
        var hops = new List<RunbookHop>();
        var database = new RunbookDatabaseSteps(request, warnings);
        var tls = request.Product.Tls;
        long offset = 0;
        foreach (var edge in path.Hops)
        {
            var steps = new List<RunbookStep>();
            var notes = new List<string>();
            if (edge.SupportAssisted)
            {
                notes.Add($"support-assisted: reach out to Parallels support before the upgrade to {edge.To}; the guide warns it takes several hours, even if everything goes smoothly, and suggests considering a fresh deployment instead");
            }
            if (edge.UpgradesOs)
            {
                notes.Add($"upgrades the underlying OS: {edge.MinutesPerAppliance} min per appliance instead of {request.Product.DefaultMinutesPerAppliance}");
            }
            foreach (var action in edge.RequiresBefore)
            {
                steps.Add(RequiredStep(action, edge));
            }
            if (tls != null && edge.From < tls.From && edge.To >= tls.From)
            {
                TlsNotes(request, tls, edge, notes, warnings);
            }
            database.Before(edge, steps, notes);
            steps.Add(new RunbookStep(RunbookStepKind.Snapshot, "snapshot", "all", request.Database != null, SnapshotText(request)));
            steps.Add(new RunbookStep(RunbookStepKind.Upgrade, "upgrade", edge.To.ToString(), false, UpgradeText(edge)));
            var hop = new RunbookHop(hops.Count + 1, edge, request.Nodes, offset, steps, notes);
            hops.Add(hop);
            offset += hop.EstimateMinutes;
        }
        var assisted = hops.Where(h => h.SupportAssisted).ToList();
        if (assisted.Count > 0)
        {
            warnings.Add($"{Wording.Count(assisted.Count, "hop")} of the path {(assisted.Count == 1 ? "is" : "are")} support-assisted ({string.Join(", ", assisted.Select(h => $"{h.From} -> {h.To}"))}): " +
                         "contact Parallels support first; the estimate is the minimum, the guide expects several hours");
        }
        return hops;
    }

    private static void TlsNotes(RunbookRequest request, TlsPolicy tls, UpgradeEdge edge, List<string> notes, List<string> warnings)
    {
        string removed = string.Join(" and ", tls.RemovedProtocols.Select(p => "TLS " + p));
        notes.Add($"from {tls.From} on, {removed} are no longer supported: clients must use TLS {tls.DatabaseMustAccept}");
        var database = request.Database;
        if (database != null)
        {
            string host = database.Host ?? "the external database server";
            if (database.TlsProtocols is null)
            {
                notes.Add($"make sure {host} accepts TLS {tls.DatabaseMustAccept}, or the upgrade to {edge.To} fails");
            }
            else if (!database.TlsProtocols.Contains(tls.DatabaseMustAccept))
            {
                string accepted = database.TlsProtocols.Count == 0 ? "no TLS version" : "only TLS " + string.Join(", ", database.TlsProtocols);
                string message = $"{host} accepts {accepted}, but the upgrade to {edge.To} needs TLS {tls.DatabaseMustAccept} and fails without it: enable TLS {tls.DatabaseMustAccept} on it first";
                notes.Add(message);
                warnings.Add(message);
            }
        }
        var enabled = request.ClusterTlsProtocols?.Where(p => tls.RemovedProtocols.Contains(p)).ToList();
        if (enabled is { Count: > 0 })
        {
            warnings.Add($"the appliances enable {string.Join(" and ", enabled.Select(p => "TLS " + p))}, which {edge.To} no longer supports: remove {(enabled.Count == 1 ? "it" : "them")} from cluster.tls.protocols and make sure clients use TLS {tls.DatabaseMustAccept}");
        }
    }

    private static RunbookStep RequiredStep(string action, UpgradeEdge edge)
    {
        string value = action == "reboot" || action == "snapshot" ? "all" : "true";
        string description = action == "migrate-audit-logs"
            ? $"migrate the audit logs, required before the upgrade to {edge.To} (the bottom of System Settings > Global > General info shows whether it is still needed)"
            : $"{action}: required before the upgrade to {edge.To}";
        return new RunbookStep(RunbookStepKind.Required, action, value, false, description);
    }

    private static string SnapshotText(RunbookRequest request)
    {
        string appliances = request.IsSideBySide ? "the new appliance" : Wording.EveryAppliance(request.Nodes);
        string database = request.Database is { } db
            ? request.IsSideBySide
                ? $", and back up the database copy ({db.Engine.Name}{(request.DatabaseCopyHost != null ? " on " + request.DatabaseCopyHost : "")})"
                : $", and back up the external database ({db.Engine.Name}{(db.Host != null ? " on " + db.Host : "")})"
            : "";
        return $"shut down and snapshot {appliances}{database}";
    }

    private static string UpgradeText(UpgradeEdge edge) =>
        $"upgrade to {edge.To} (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading";
}
