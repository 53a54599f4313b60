using System;
using System.Linq;
using UpgradeGuard.Core.Planning.Runbooks;
using static UpgradeGuard.Core.Tests.Planning.RunbookFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>Runbook.FromInputs: the supported path, each hop's estimate and steps, the total, database and TLS notes.</summary>
public sealed class RunbookTests
{
    [Fact]
    public void The_guide_example_three_appliances_at_15_minutes_each_take_about_45_minutes()
    {
        // Guide: "about 15 minutes per appliance in the cluster. For example, if there are 3 nodes in the cluster,
        // this will take approximately 45 minutes to upgrade."
        var runbook = Plan("5.5.1", "5.6.0", 3);

        var hop = Assert.Single(runbook.Hops);
        Assert.Equal((15, 3, 45L), (hop.MinutesPerAppliance, hop.Nodes, hop.EstimateMinutes));
        Assert.Equal(45, runbook.EstimateMinutes);
        Assert.Equal("snapshot upgrade:5.6.0", Steps(hop));
        Assert.Null(runbook.Downtime);
        Assert.Empty(runbook.Warnings);
    }

    [Fact]
    public void From_532_to_560_takes_the_four_hops_of_the_table()
    {
        var runbook = Plan("5.3.2", "5.6.0", 3);

        Assert.Equal("5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", runbook.Path!.Describe());
        Assert.Equal(new[] { "5.3.3", "5.4.4", "5.5.1", "5.6.0" }, runbook.Hops.Select(h => h.To.ToString()));
        Assert.Equal(new long[] { 45, 180, 45, 45 }, runbook.Hops.Select(h => h.EstimateMinutes));
        Assert.Equal(new long[] { 0, 45, 225, 270 }, runbook.Hops.Select(h => h.OffsetMinutes));
        Assert.Equal(105, runbook.MinutesPerAppliance);
        Assert.Equal(315, runbook.EstimateMinutes);
        Assert.All(runbook.Hops, h => Assert.Equal($"snapshot upgrade:{h.To}", Steps(h)));
        Assert.Contains(runbook.Hops[1].Notes, n => n == "upgrades the underlying OS: 60 min per appliance instead of 15");
        Assert.Contains(runbook.Hops[1].Notes, n => n == "from 5.4.0 on, TLS 1.0 and TLS 1.1 are no longer supported: clients must use TLS 1.2");
    }

    [Fact]
    public void The_estimate_is_the_one_the_engine_gives_a_manifest_without_steps()
    {
        var runbook = Plan("5.3.2", "5.6.0", 2);
        var plan = PlanningFixtures.Plan(PlanningFixtures.Manifest(2, "5.3.2", "5.6.0"));

        Assert.Equal(plan.EstimateMinutes, runbook.EstimateMinutes);
        Assert.Equal(plan.Hops[0].EffectivePath!.Describe(), runbook.Path!.Describe());
    }

    [Fact]
    public void Support_assisted_hops_from_506_need_the_audit_log_migration_before_513()
    {
        var runbook = Plan("5.0.6", "5.6.0", 2);

        Assert.Equal("5.0.6 -> 5.1.3 -> 5.2.5 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", runbook.Path!.Describe());
        Assert.Equal(new[] { true, true, false, false, false, false }, runbook.Hops.Select(h => h.SupportAssisted));
        Assert.Equal("migrate-audit-logs snapshot upgrade:5.1.3", Steps(runbook.Hops[0]));
        Assert.Equal("true", runbook.Hops[0].Steps[0].Value);
        Assert.Equal(90, runbook.Hops[0].EstimateMinutes);
        Assert.Equal(330, runbook.EstimateMinutes); // (45 + 15 + 15 + 60 + 15 + 15) x 2
        Assert.StartsWith("support-assisted: reach out to Parallels support before the upgrade to 5.1.3", runbook.Hops[0].Notes[0]);
        Assert.Contains("2 hops of the path are support-assisted (5.0.6 -> 5.1.3, 5.1.3 -> 5.2.5)", Assert.Single(runbook.Warnings));
    }

    [Fact]
    public void An_external_database_is_backed_up_with_every_snapshot()
    {
        var runbook = Plan("5.4.4", "5.6.0", 1, "sqlserver:2019");

        Assert.All(runbook.Hops, h => Assert.Equal($"snapshot+db upgrade:{h.To}", Steps(h)));
        Assert.Equal("shut down and snapshot the appliance, and back up the external database (SQL Server)", runbook.Hops[0].Steps[0].Description);
        Assert.Empty(runbook.Warnings);
    }

    [Fact]
    public void SQL_Server_2016_is_upgraded_to_2019_before_the_hop_to_551()
    {
        var runbook = Plan("5.3.2", "5.6.0", 3, "sqlserver:2016");

        Assert.Equal("snapshot+db upgrade:5.4.4", Steps(runbook.Hops[1]));
        Assert.Equal("backup-database upgrade-database:15.0 snapshot+db upgrade:5.5.1", Steps(runbook.Hops[2]));
        Assert.Equal("\"15.0\"", runbook.Hops[2].Steps[1].Value);
        Assert.Equal("SQL Server 13.0 (2016) is outside what 5.5.1 supports (15.0 (2019) to 16.0 (2022)): upgrade it to 15.0 (2019) before this hop (15.0 (2019) is supported by both 5.4.4 and 5.5.1)",
            Assert.Single(runbook.Hops[2].Notes));
        Assert.Equal("snapshot+db upgrade:5.6.0", Steps(runbook.Hops[3]));
        Assert.Contains("make sure the external database server accepts TLS 1.2, or the upgrade to 5.4.4 fails", runbook.Hops[1].Notes);
    }

    [Fact]
    public void A_database_newer_than_the_path_supports_is_a_warning_not_a_downgrade()
    {
        var runbook = Plan("5.3.2", "5.5.1", 1, "sqlserver:2022");

        Assert.DoesNotContain(runbook.Hops.SelectMany(h => h.Steps), s => s.Kind == RunbookStepKind.UpgradeDatabase);
        // 2022 is unsupported already by 5.3.2, the version running today: one warning, from the start (UG3001 counts the start too).
        Assert.Equal("SQL Server 16.0 (2022) is outside what 5.3.2, the version the cluster runs today, supports (13.0 (2016) to 15.0 (2019)): " +
                     "the guide warns that an unsupported database can make the upgrade itself fail; a database cannot be downgraded: ask Parallels support before the upgrade to 5.3.3",
            Assert.Single(runbook.Warnings));
    }

    [Fact]
    public void The_issue_case_54x_with_sqlserver_2022_to_551_warns_about_the_database_running_today()
    {
        var runbook = Plan("5.4.2", "5.5.1", 3, "sqlserver:2022");

        var warning = Assert.Single(runbook.Warnings);
        Assert.StartsWith("SQL Server 16.0 (2022) is outside what 5.4.2, the version the cluster runs today, supports (13.0 (2016) to 15.0 (2019))", warning);
        Assert.Contains(warning, runbook.Hops[0].Notes);
    }

    [Fact]
    public void A_database_too_old_for_the_version_running_today_is_upgraded_before_the_first_hop()
    {
        var runbook = Plan("5.3.3", "5.4.4", 1, "sqlserver:2014");

        Assert.Equal("backup-database upgrade-database:13.0 snapshot+db upgrade:5.4.4", Steps(runbook.Hops[0]));
        Assert.Contains(runbook.Warnings, w => w.StartsWith("SQL Server 12.0 (2014) is outside what 5.3.3, the version the cluster runs today, supports", StringComparison.Ordinal));
    }

    [Fact]
    public void PostgreSQL_is_not_supported_from_551()
    {
        var runbook = Plan("5.4.4", "5.6.0", 2, "postgresql:13");

        Assert.Equal("PostgreSQL is not supported by 5.5.1 (supported there: SQL Server 15.0 (2019) to 16.0 (2022)): migrate the database before the upgrade to 5.5.1",
            Assert.Single(runbook.Warnings));
        Assert.Contains(runbook.Warnings[0], runbook.Hops[0].Notes);
    }

    [Fact]
    public void Without_a_version_supported_on_both_sides_the_database_is_upgraded_right_before_the_hop()
    {
        var catalogs = PlanningFixtures.LoadCatalog("""
            formatVersion: 1
            products:
              - id: secure-workspace
                upgrades:
                  - from: [1.0.0]
                    to: 2.0.0
                databases:
                  engines:
                    sqlserver: { name: SQL Server }
                  support:
                    - clusterVersions: [1.0.x]
                      sqlserver: { min: "13.0", max: "14.0" }
                    - clusterVersions: [2.0.x]
                      sqlserver: { min: "15.0", max: "16.0" }
            """);

        var runbook = Runbook.FromInputs(new RunbookInputs("1.0.0", "2.0.0", 1) { Database = "sqlserver:13.0" }, catalogs);

        var hop = Assert.Single(runbook.Hops);
        Assert.Equal("backup-database upgrade-database:15.0 snapshot+db upgrade:2.0.0", Steps(hop));
        Assert.Contains("no SQL Server version is supported by both 1.0.0 and 2.0.0: upgrade it to 15.0 in the same window, right before this hop", Assert.Single(hop.Notes));
    }
}
