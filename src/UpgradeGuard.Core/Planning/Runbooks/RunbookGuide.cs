using System.Collections.Generic;
using System.Linq;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>
/// What the vendor guide ("Updating your Parallels Secure Workspace environment: What to expect from a version
/// upgrade?") tells an admin, placed where it applies: the notes for the day of the upgrade, and the side-by-side
/// procedure of its "High availability" section, stage by stage.
/// </summary>
internal static class RunbookGuide
{
    private const string HighAvailability = "guide, \"High availability\"";

    /// <summary>The operational notes for the day, in the order an admin meets them.</summary>
    public static IReadOnlyList<GuideNote> DayNotes(RunbookRequest request, IReadOnlyList<RunbookHop> hops)
    {
        var longest = hops.OrderByDescending(h => h.EstimateMinutes).FirstOrDefault();
        string appliances = request.IsSideBySide ? "the new appliance" : Wording.EveryAppliance(request.Nodes);
        var notes = new List<GuideNote>
        {
            new GuideNote(
                "In System Settings > Global > General info, \"Download\" fetches the update packages ahead of the window (the button changes once they are downloaded); " +
                "\"Download & Upgrade\" starts installing as soon as the download ends, so press it only inside the window",
                "guide, \"Download or Download & Upgrade\""),
            new GuideNote("Do not refresh the System Settings page while the upgrade runs", "guide, \"Do not refresh the System Settings page\""),
            new GuideNote("The built-in admin account is logged out after 15 minutes: this is no problem, log in again and open System Settings",
                "guide, \"Do not refresh the System Settings page\""),
            new GuideNote(
                $"Never reboot an appliance manually during the upgrade, even when it feels too long" +
                (longest != null ? $" (the longest hop, {longest.From} -> {longest.To}, is estimated at {longest.MinutesPerAppliance} min per appliance and can take a lot more with slow disks or network)" : "") +
                ", unless support tells you to",
                "guide, \"NEVER reboot the appliance(s) manually during an upgrade unless told so\""),
            new GuideNote("Keep the log files of the upgrade: without them support can hardly find the cause of a failure",
                "guide, \"If there are major issues during/after the upgrade\""),
        };
        notes.Add(request.IsSideBySide
            ? new GuideNote(
                "If an upgrade of the new node fails, users still work on the original appliances: do not switch traffic; contact Parallels support first; " +
                "keep a snapshot of the new appliance as it is; restore its earlier snapshot only as the last resort, when support recommends it",
                "guide, \"If there are major issues during/after the upgrade\"")
            : new GuideNote(
                $"If the upgrade fails, contact Parallels support first; if time is of the essence, keep a snapshot of each appliance as it is when the upgrade seems to fail; " +
                $"restore the snapshots of {appliances} taken before the hop only as the last resort, when support recommends it",
                "guide, \"If there are major issues during/after the upgrade\""));
        return notes;
    }

    /// <summary>The guide's side-by-side procedure for <paramref name="request"/>, around the hops.</summary>
    public static SideBySideProcedure SideBySide(RunbookRequest request, IReadOnlyList<RunbookHop> hops, long totalMinutes)
    {
        var stages = new List<RunbookStage>();
        var database = request.Database;
        string copyHost = request.DatabaseCopyHost ?? "the database server";
        string path = hops.Count == 0 ? request.To.ToString() : string.Join(" -> ", new[] { request.From }.Concat(hops.Select(h => h.To)));
        string Address(int index) => index < request.NewAddresses.Count ? request.NewAddresses[index] : "a new IP address (not one of the original appliances)";

        void Add(string title, string citation, IEnumerable<string> details, params RunbookStep[] steps) =>
            stages.Add(new RunbookStage(stages.Count + 1, title, citation, details.ToList(), steps, HoldsHops: false));

        Add("Tell users what not to do until the upgrade is done", $"{HighAvailability}, step 1",
            new[] { "files they share through the workspace after the environment backup are not in the new environment: no new shares and no setting changes until the switch" },
            new RunbookStep(RunbookStepKind.NotifyUsers, "notify-users", "\"Do not share files or change settings in the workspace until the upgrade is complete\"", false,
                "tell users not to share files or change settings until the upgrade is complete"));
        Add("Create the environment backup", $"{HighAvailability}, step 2",
            new[] { "it does not include the external database, nor shares: users will see their shares but must press \"Upgrade\" on them again (admin manual)" },
            new RunbookStep(RunbookStepKind.EnvironmentBackup, "environment-backup", "true", false, "create the environment backup"));
        if (database != null)
        {
            Add("Back up the external database and restore a copy on the database server", $"{HighAvailability}, steps 2 and 3",
                new[] { $"back up {database.Display}{(database.Host != null ? " on " + database.Host : "")} and restore the copy on {copyHost}; the new environment uses the copy, never the original" },
                new RunbookStep(RunbookStepKind.BackupDatabase, "backup-database", "true", false, "back up the external database, then restore a copy"));
        }
        Add($"Deploy a new node at {request.From} with a new IP address", $"{HighAvailability}, steps 3 and 4",
            new[] { $"the new node must run the version the cluster runs today ({request.From}); give it {Address(0)}" });
        Add("Import the environment backup in the configuration wizard" + (database != null ? ", pointing at the database copy" : ""), $"{HighAvailability}, step 4",
            database != null
                ? new[] { $"during the initial configuration wizard, import the environment backup; point the database settings at the copy on {copyHost}, not at the original" }
                : new[] { "during the initial configuration wizard, import the environment backup" });
        stages.Add(new RunbookStage(stages.Count + 1, $"Upgrade the new node hop by hop: {path}", $"{HighAvailability}, step 5",
            new[] { $"as an in-place upgrade of the new environment, est. {Wording.Minutes(totalMinutes)}; users keep working on the original appliances meanwhile" },
            new RunbookStep[0], HoldsHops: true));
        if (request.Nodes > 1)
        {
            var others = Enumerable.Range(1, request.Nodes - 1).Select(Address).ToList();
            Add(others.Count == 1 ? $"Add the other node at the same version ({request.To})" : $"Add the other {others.Count} nodes at the same version ({request.To})", $"{HighAvailability}, step 6",
                new[] { others.Count == 1 ? $"deploy it at {request.To} with a new IP address: {others[0]}" : $"deploy them at {request.To} with new IP addresses: {string.Join(", ", others)}" });
        }
        var newAddresses = Enumerable.Range(0, request.Nodes).Select(Address).Distinct().ToList();
        Add("Point DNS, firewall and load balancer at the new addresses", $"{HighAvailability}, step 7",
            new[] { $"the new appliances: {string.Join(", ", newAddresses)}; from this moment users reach the new environment" },
            new RunbookStep(RunbookStepKind.SwitchTraffic, "switch-traffic", "true", false, "point DNS, firewall and load balancer at the new appliances"));
        Add("Tell users that everything is up and running again", $"{HighAvailability}, step 8",
            new[] { "and that they must press \"Upgrade\" on their shares again" },
            new RunbookStep(RunbookStepKind.NotifyUsers, "notify-users", "\"The workspace is upgraded and running again; press Upgrade on your shares to make them work again\"", false,
                "tell users the workspace is running again"));
        Add("Shut down the original nodes; decommission them once everything is confirmed to work", $"{HighAvailability}, step 9",
            new[] { $"keep the original {Wording.Appliances(request.Nodes)} shut down, not deleted, until the new environment is confirmed to be working smoothly" },
            new RunbookStep(RunbookStepKind.Decommission, "decommission", "true", false, "shut down the original appliances"));

        string usersDowntime =
            $"the traffic switch (DNS, firewall, load balancer), not the appliance minutes: the hops (est. {Wording.Minutes(totalMinutes)}) run on the new environment while users keep working on the original one ({HighAvailability})";
        string dataLoss =
            "shares made after the environment backup are not in the new environment (users press \"Upgrade\" on their shares again), and audit logs between the backup of the original database and the go-live are missing " +
            $"({HighAvailability}, step 2 and the closing note)";
        return new SideBySideProcedure(stages, usersDowntime, dataLoss);
    }

    }
