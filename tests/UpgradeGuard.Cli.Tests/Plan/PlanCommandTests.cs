using System;
using System.IO;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Plan;

/// <summary><c>upgrade-guard plan</c>: from inputs or a manifest, each format, and what it prints and returns.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_guide_example_three_appliances_take_about_45_minutes()
    {
        var run = _workspace.Run("plan", "--from", "5.5.1", "--to", "5.6.0", "--nodes", "3");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Equal("""
            Upgrade plan: Parallels Secure Workspace 5.5.1 -> 5.6.0 for 3 appliances
            Supported path: 5.5.1 -> 5.6.0 (1 hop)
            Database: embedded

            Hop 1 of 1: 5.5.1 -> 5.6.0, est. 45 min: 15 min per appliance x 3 appliances
              1. shut down and snapshot all 3 appliances
              2. upgrade to 5.6.0 (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading

            Total downtime: est. 45 min: 15 min per appliance x 3 appliances
            Schedule: not scheduled: there is always downtime, even with several appliances; pick a start outside business hours

            On the day:
              - In System Settings > Global > General info, "Download" fetches the update packages ahead of the window (the button changes once they are downloaded); "Download & Upgrade" starts installing as soon as the download ends, so press it only inside the window (guide, "Download or Download & Upgrade")
              - Do not refresh the System Settings page while the upgrade runs (guide, "Do not refresh the System Settings page")
              - The built-in admin account is logged out after 15 minutes: this is no problem, log in again and open System Settings (guide, "Do not refresh the System Settings page")
              - Never reboot an appliance manually during the upgrade, even when it feels too long (the longest hop, 5.5.1 -> 5.6.0, is estimated at 15 min per appliance and can take a lot more with slow disks or network), unless support tells you to (guide, "NEVER reboot the appliance(s) manually during an upgrade unless told so")
              - Keep the log files of the upgrade: without them support can hardly find the cause of a failure (guide, "If there are major issues during/after the upgrade")
              - If the upgrade fails, contact Parallels support first; if time is of the essence, keep a snapshot of each appliance as it is when the upgrade seems to fail; restore the snapshots of all 3 appliances taken before the hop only as the last resort, when support recommends it (guide, "If there are major issues during/after the upgrade")

            """, run.Output);
    }

    [Fact]
    public void From_532_to_560_with_a_schedule_prints_every_hop_and_the_calendar()
    {
        var run = _workspace.Run("plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "3", "--db", "sqlserver:2019",
            "--start", "2026-12-07T04:00", "--time-zone", "Europe/Brussels");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Supported path: 5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0 (4 hops)\n", run.Output);
        Assert.Contains("Hop 2 of 4: 5.3.3 -> 5.4.4, est. 3h (180 min): 60 min per appliance x 3 appliances\n", run.Output);
        Assert.Contains("Total downtime: est. 5h15m (315 min): 105 min per appliance x 3 appliances\n", run.Output);
        Assert.Contains("Schedule: Mon 2026-12-07 04:00 to Mon 2026-12-07 09:15 Europe/Brussels (2026-12-07 03:00 UTC to 2026-12-07 08:15 UTC)\n", run.Output);
        Assert.Contains("Business hours: the downtime overlaps business hours (Mon-Fri 08:00-18:00 Europe/Brussels) from Mon 2026-12-07 08:00;", run.Output);
    }

    [Fact]
    public void Yaml_prints_a_steps_block_that_checks_clean_under_upgrade()
    {
        var run = _workspace.Run("plan", "--from", "5.4.4", "--to", "5.6.0", "--nodes", "2", "--db", "sqlserver:2019", "--format", "yaml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("""
              # upgrade-guard plan: 5.4.4 -> 5.5.1 -> 5.6.0 (2 hops), est. 1h (60 min): 30 min per appliance x 2 appliances
              # paste under 'upgrade:' (to: 5.6.0)
              steps:
                - snapshot: all
                  database: true
                - upgrade: 5.5.1  # est. 30 min: 15 min per appliance x 2 appliances
                - snapshot: all
                  database: true
                - upgrade: 5.6.0  # est. 30 min: 15 min per appliance x 2 appliances

            """, run.Output);

        _workspace.Write("pasted.upgrade.yaml", """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 2
              version: 5.4.4
            database:
              type: external
              engine: sqlserver
              version: "2019"
              tls:
                protocols: ["1.2"]
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
            upgrade:
              to: 5.6.0

            """ + run.Output);
        var check = _workspace.Run("check", "pasted.upgrade.yaml");
        Assert.True(check.ExitCode == ExitCodes.Success, check.ToString());
        Assert.DoesNotContain(" UG", check.Output);
    }

    [Fact]
    public void Markdown_prints_a_runbook_with_a_checklist_per_hop()
    {
        var run = _workspace.Run("plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "1", "-f", "markdown");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.StartsWith("# Upgrade runbook\n\nParallels Secure Workspace 5.3.2 -> 5.6.0 for 1 appliance.\n", run.Output);
        Assert.Contains("\n## Hop 4 of 4: 5.5.1 -> 5.6.0 (est. 15 min: 15 min per appliance x 1 appliance)\n\n- [ ] Shut down and snapshot the appliance\n", run.Output);
        Assert.Contains("\n## Rollback\n", run.Output);
        Assert.Contains("| Total | 5.3.2 -> 5.6.0 | 105 min | T+0 min | T+105 min |\n", run.Output);
    }

    [Fact]
    public void A_sample_manifest_is_planned_with_its_database_and_schedule()
    {
        var manifest = Path.Combine(RepositoryPaths.Samples, "clusters", "prod-us", "prod-us.upgrade.yaml");

        var run = _workspace.Run("plan", manifest);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.StartsWith("Upgrade plan for prod-us: Parallels Secure Workspace 5.4.2 -> 5.6.0 for 4 appliances\n", run.Output);
        Assert.Contains("  2. upgrade the external database from SQL Server 13.0 (2016) to SQL Server 15.0 (2019), which 5.5.1 supports (15.0 (2019) to 16.0 (2022))\n", run.Output);
        Assert.Contains("Schedule: Sat 2026-12-12 21:00 to Sat 2026-12-12 23:00 America/Chicago (2026-12-13 03:00 UTC to 2026-12-13 05:00 UTC)\n", run.Output);
        Assert.Contains("Window: booked window 3h (180 min) covers the estimate of 120 min, until Sun 2026-12-13 00:00\n", run.Output);
    }

    [Fact]
    public void Output_writes_the_plan_to_a_file()
    {
        var run = _workspace.Run("plan", "--from", "5.5.1", "--to", "5.6.0", "--nodes", "3", "--format", "yaml", "--output", "out/steps.yaml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Output);
        Assert.Contains("    - upgrade: 5.6.0  # est. 45 min: 15 min per appliance x 3 appliances\n", _workspace.Read("out/steps.yaml"));
    }

    [Fact]
    public void An_extra_catalog_adds_a_newer_release()
    {
        _workspace.Write("next.catalog.yaml", """
            formatVersion: 1
            products:
              - id: secure-workspace
                upgrades:
                  - from: [5.6.0]
                    to: 5.7.0
                    minutesPerAppliance: 20

            """);

        var run = _workspace.Run("plan", "--from", "5.5.1", "--to", "5.7.0", "--nodes", "2", "--catalog", "next.catalog.yaml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Total downtime: est. 1h10m (70 min): 35 min per appliance x 2 appliances\n", run.Output);
    }
}
