using System.IO;
using System.Linq;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Tests.Corpus;
using static UpgradeGuard.Core.Tests.Planning.RunbookFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>Runbook.FromManifest: the manifest's cluster, target, database and schedule, whatever its own steps say.</summary>
public sealed class RunbookFromManifestTests
{
    private static Runbook FromSample(string relativePath)
    {
        var path = Path.Combine(TestData.RepositoryRoot, "samples", relativePath);
        return Runbook.FromManifest(new UpgradeGuardEngine().Analyze(relativePath, File.ReadAllText(path)));
    }

    private static Runbook FromText(string yaml) => Runbook.FromManifest(new UpgradeGuardEngine().Analyze("plan.upgrade.yaml", yaml));

    [Fact]
    public void The_legacy_branch_office_gets_the_hops_its_steps_skip_and_a_TLS_warning()
    {
        var runbook = FromSample("legacy/branch-office.upgrade.yaml");

        Assert.True(runbook.IsPossible);
        Assert.Equal("branch-liege", runbook.Name);
        Assert.Equal("5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", runbook.Path!.Describe());
        Assert.Equal(210, runbook.EstimateMinutes); // 105 min per appliance x 2
        Assert.All(runbook.Hops, h => Assert.Equal($"snapshot+db upgrade:{h.To}", Steps(h)));
        Assert.Equal("sql-branch.liege.corp.example accepts only TLS 1.0, 1.1, but the upgrade to 5.4.4 needs TLS 1.2 and fails without it: enable TLS 1.2 on it first",
            Assert.Single(runbook.Warnings));
        var downtime = runbook.Downtime!;
        Assert.Equal("Europe/Brussels", downtime.Zone.Id);
        Assert.Equal(240, (long)downtime.BookedWindow!.Value.TotalMinutes);
        Assert.False(downtime.OverlapsBusinessHours);
    }

    [Fact]
    public void Prod_us_needs_the_database_upgrade_its_manifest_lacks()
    {
        var runbook = FromSample("clusters/prod-us/prod-us.upgrade.yaml");

        Assert.Equal("sql-ord1-07.us.corp.example", runbook.Database!.Host);
        Assert.Equal("backup-database upgrade-database:15.0 snapshot+db upgrade:5.5.1", Steps(runbook.Hops[0]));
        Assert.Equal(120, runbook.EstimateMinutes);
        Assert.Equal("America/Chicago", runbook.Downtime!.Zone.Id);
    }

    [Fact]
    public void Side_by_side_follows_the_guide_procedure_stage_by_stage_around_the_hops()
    {
        var runbook = FromSample("clusters/prod-apac/prod-apac.upgrade.yaml");

        Assert.True(runbook.IsSideBySide);
        Assert.Empty(runbook.Warnings);
        var stages = runbook.SideBySide!.Stages;
        Assert.Equal(new[]
        {
            "Tell users what not to do until the upgrade is done",
            "Create the environment backup",
            "Back up the external database and restore a copy on the database server",
            "Deploy a new node at 5.4.4 with a new IP address",
            "Import the environment backup in the configuration wizard, pointing at the database copy",
            "Upgrade the new node hop by hop: 5.4.4 -> 5.5.1 -> 5.6.0",
            "Add the other node at the same version (5.6.0)",
            "Point DNS, firewall and load balancer at the new addresses",
            "Tell users that everything is up and running again",
            "Shut down the original nodes; decommission them once everything is confirmed to work",
        }, stages.Select(s => s.Title));
        Assert.Equal(new[] { "step 1", "step 2", "steps 2 and 3", "steps 3 and 4", "step 4", "step 5", "step 6", "step 7", "step 8", "step 9" },
            stages.Select(s => s.Citation.Substring(s.Citation.LastIndexOf(", ", System.StringComparison.Ordinal) + 2)));
        Assert.All(stages, s => Assert.StartsWith("guide, \"High availability\"", s.Citation));
        Assert.True(Assert.Single(stages, s => s.HoldsHops).Number == 6);
        Assert.Contains("10.64.3.31", stages[3].Details.Single());
        Assert.Contains("10.64.3.32", stages[6].Details.Single());
        Assert.StartsWith("the traffic switch (DNS, firewall, load balancer), not the appliance minutes", runbook.SideBySide.UsersDowntime);
        Assert.Contains("audit logs between the backup of the original database and the go-live are missing", runbook.SideBySide.DataLoss);
        Assert.Equal(60, runbook.EstimateMinutes);
    }

    [Fact]
    public void Side_by_side_text_and_markdown_print_the_procedure_not_an_in_place_runbook()
    {
        var runbook = FromSample("clusters/prod-apac/prod-apac.upgrade.yaml");
        var text = UpgradeGuard.Core.Reporting.Runbooks.RunbookFormats.Render(runbook, "text");
        var markdown = UpgradeGuard.Core.Reporting.Runbooks.RunbookFormats.Render(runbook, "markdown");

        Assert.DoesNotContain("Total downtime", text);
        Assert.DoesNotContain("shut down and snapshot both appliances", text);
        Assert.Contains("\nStage 1 of 10: Tell users what not to do until the upgrade is done (guide, \"High availability\", step 1)\n", text);
        Assert.Contains("\n  Hop 1 of 2: 5.4.4 -> 5.5.1, est. 30 min", text);
        Assert.Contains("\nUsers' downtime: the traffic switch (DNS, firewall, load balancer), not the appliance minutes", text);
        Assert.Contains("\nData lost: shares made after the environment backup are not in the new environment", text);
        Assert.True(text.IndexOf("Stage 5 of 10", System.StringComparison.Ordinal) < text.IndexOf("Hop 1 of 2", System.StringComparison.Ordinal));
        Assert.True(text.IndexOf("Hop 2 of 2", System.StringComparison.Ordinal) < text.IndexOf("Stage 7 of 10", System.StringComparison.Ordinal));
        Assert.Contains("\n## Stage 8 of 10: Point DNS, firewall and load balancer at the new addresses\n\n_Guide, \"High availability\", step 7_\n\n- [ ] Point DNS", markdown);
        Assert.Contains("\n### Hop 1 of 2: 5.4.4 -> 5.5.1", markdown);
        Assert.Contains("| Users' downtime | the traffic switch (DNS, firewall, load balancer) |", markdown);
        Assert.DoesNotContain("## Before the window", markdown);
    }

    [Fact]
    public void Side_by_side_yaml_pasted_under_upgrade_checks_clean()
    {
        const string Head = """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            metadata:
              name: prod-emea
            cluster:
              nodes: 3
              version: 5.3.2
              addresses: [10.0.1.10, 10.0.1.11, 10.0.1.12]
            database:
              type: external
              engine: sqlserver
              version: "2016"
              host: sql01.corp.example
              tls:
                protocols: ["1.2"]
            schedule:
              start: 2026-12-05T20:00
              timeZone: Europe/Brussels
              window: 6h
            upgrade:
              to: 5.6.0
              # upgrade-guard: disable-next-line UG6007 -- users re-share after the switch
              strategy: side-by-side
              sideBySide:
                deployVersion: 5.3.2
                addresses: [10.0.2.10, 10.0.2.11, 10.0.2.12]
                databaseHost: sql02.corp.example

            """;
        var runbook = FromText(Head);
        var yaml = UpgradeGuard.Core.Reporting.Runbooks.RunbookFormats.Render(runbook, "yaml");

        var result = new UpgradeGuardEngine().Analyze("pasted.upgrade.yaml", Head + yaml);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("    - notify-users: ", yaml);
        Assert.True(yaml.IndexOf("- notify-users", System.StringComparison.Ordinal) < yaml.IndexOf("- environment-backup: true", System.StringComparison.Ordinal));
        Assert.True(yaml.IndexOf("- upgrade: 5.6.0", System.StringComparison.Ordinal) < yaml.IndexOf("- switch-traffic: true", System.StringComparison.Ordinal));
        Assert.EndsWith("    - decommission: true\n", yaml);
    }

    [Fact]
    public void Every_runbook_carries_the_guide_notes_for_the_day_each_citing_the_guide()
    {
        var runbook = Plan("5.5.1", "5.6.0", 3);

        Assert.Equal(6, runbook.DayNotes.Count);
        Assert.All(runbook.DayNotes, n => Assert.StartsWith("guide, \"", n.Citation));
        var all = string.Join("\n", runbook.DayNotes.Select(n => n.Text));
        Assert.Contains("\"Download\" fetches the update packages ahead of the window", all);
        Assert.Contains("\"Download & Upgrade\" starts installing as soon as the download ends", all);
        Assert.Contains("Do not refresh the System Settings page", all);
        Assert.Contains("logged out after 15 minutes", all);
        Assert.Contains("Never reboot an appliance manually during the upgrade", all);
        Assert.Contains("Keep the log files of the upgrade", all);
        Assert.Contains("contact Parallels support first; if time is of the essence, keep a snapshot of each appliance as it is", all);
        Assert.Contains("only as the last resort", all);
        Assert.Equal(45, runbook.EstimateMinutes); // the guide's example: 3 appliances x 15 min
    }

    [Fact]
    public void Holidays_and_business_hours_come_from_the_schedule()
    {
        var runbook = FromText("""
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 3
              version: 5.5.1
            schedule:
              start: 2026-12-07T07:30
              timeZone: Europe/Brussels
              businessHours:
                days: [mon, tue]
                start: "09:00"
                end: "17:00"
              holidays: [2026-12-07]
            upgrade:
              to: 5.6.0
            """);

        Assert.False(runbook.Downtime!.OverlapsBusinessHours);
        Assert.Equal(2, runbook.Downtime.BusinessHours.Days.Count);
    }

    [Fact]
    public void A_manifest_without_nodes_says_which_field_is_missing()
    {
        var runbook = FromText("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  version: 5.5.1\nupgrade:\n  to: 5.6.0\n");

        var problem = Assert.Single(runbook.Problems);
        Assert.Equal((RunbookProblemKind.InvalidInput, "plan.upgrade.yaml: cluster.nodes is missing; a runbook needs it"), (problem.Kind, problem.Message));
    }

    [Fact]
    public void A_file_that_is_not_YAML_is_a_problem_with_the_parser_message()
    {
        var runbook = FromText("cluster: [unclosed\n");

        Assert.StartsWith("plan.upgrade.yaml cannot be read as an upgrade manifest: plan.upgrade.yaml(", Assert.Single(runbook.Problems).Message);
    }

    [Fact]
    public void Another_kind_of_file_is_not_a_manifest()
    {
        var runbook = FromText("kind: UpgradeChecklist\nitems: [a]\n");

        var message = Assert.Single(runbook.Problems).Message;
        Assert.StartsWith("plan.upgrade.yaml cannot be read as an upgrade manifest: plan.upgrade.yaml(1,", message);
        Assert.Contains("error UG1003: ", message);
    }

    [Fact]
    public void An_unknown_target_version_in_the_manifest_is_named()
    {
        var runbook = FromText("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 1\n  version: 5.5.1\nupgrade:\n  to: 5.7.0\n");

        Assert.StartsWith("the target version 5.7.0 is not in the Parallels Secure Workspace catalog", Assert.Single(runbook.Problems).Message);
    }

    [Fact]
    public void Every_sample_manifest_renders_in_every_format_or_says_why_not()
    {
        var samples = Path.Combine(TestData.RepositoryRoot, "samples");
        var files = Directory.GetFiles(samples, "*.upgrade.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var runbook = Runbook.FromManifest(new UpgradeGuardEngine().Analyze(file, File.ReadAllText(file)));
            if (!runbook.IsPossible)
            {
                Assert.NotEmpty(runbook.Problems);
                continue;
            }
            foreach (var format in UpgradeGuard.Core.Reporting.Runbooks.RunbookFormats.All)
            {
                Assert.NotEmpty(UpgradeGuard.Core.Reporting.Runbooks.RunbookFormats.Render(runbook, format));
            }
        }
    }
}
