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
        Assert.Equal(210, runbook.TotalMinutes); // 105 min per appliance x 2
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
        Assert.Equal(120, runbook.TotalMinutes);
        Assert.Equal("America/Chicago", runbook.Downtime!.Zone.Id);
    }

    [Fact]
    public void Side_by_side_is_planned_hop_by_hop_with_a_warning()
    {
        var runbook = FromSample("clusters/prod-apac/prod-apac.upgrade.yaml");

        Assert.True(runbook.IsSideBySide);
        Assert.StartsWith("the manifest's strategy is side-by-side", Assert.Single(runbook.Warnings));
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
