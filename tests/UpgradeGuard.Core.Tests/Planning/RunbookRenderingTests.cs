using UpgradeGuard.Core.Reporting.Runbooks;
using static UpgradeGuard.Core.Tests.Planning.RunbookFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>
/// Each format's whole output for one plan: 2 appliances, 5.4.2 -> 5.6.0, SQL Server 2016 (which 5.5.1 no longer
/// supports), Saturday night in Brussels.
/// </summary>
public sealed class RunbookRenderingTests
{
    private static string Render(string format) =>
        RunbookFormats.Render(Plan("5.4.2", "5.6.0", 2, "sqlserver:2016", "2026-12-05T22:00", "Europe/Brussels"), format);

    [Fact]
    public void Text()
    {
        Assert.Equal("""
            Upgrade plan: Parallels Secure Workspace 5.4.2 -> 5.6.0 for 2 appliances
            Supported path: 5.4.2 -> 5.5.1 -> 5.6.0 (2 hops)
            Database: external SQL Server 13.0 (2016)

            Hop 1 of 2: 5.4.2 -> 5.5.1, est. 30 min: 15 min per appliance x 2 appliances
              note: SQL Server 13.0 (2016) is outside what 5.5.1 supports (15.0 (2019) to 16.0 (2022)): upgrade it to 15.0 (2019) before this hop (15.0 (2019) is supported by both 5.4.2 and 5.5.1)
              1. back up the external database (SQL Server 13.0 (2016)) before changing its version
              2. upgrade the external database from SQL Server 13.0 (2016) to SQL Server 15.0 (2019), which 5.5.1 supports (15.0 (2019) to 16.0 (2022))
              3. shut down and snapshot both appliances, and back up the external database (SQL Server)
              4. upgrade to 5.5.1 (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading

            Hop 2 of 2: 5.5.1 -> 5.6.0, est. 30 min: 15 min per appliance x 2 appliances
              1. shut down and snapshot both appliances, and back up the external database (SQL Server)
              2. upgrade to 5.6.0 (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading

            Total downtime: est. 1h (60 min): 30 min per appliance x 2 appliances
            Schedule: Sat 2026-12-05 22:00 to Sat 2026-12-05 23:00 Europe/Brussels (2026-12-05 21:00 UTC to 2026-12-05 22:00 UTC)
            Business hours: the downtime is outside business hours (Mon-Fri 08:00-18:00 Europe/Brussels)

            On the day:
              - In System Settings > Global > General info, "Download" fetches the update packages ahead of the window (the button changes once they are downloaded); "Download & Upgrade" starts installing as soon as the download ends, so press it only inside the window (guide, "Download or Download & Upgrade")
              - Do not refresh the System Settings page while the upgrade runs (guide, "Do not refresh the System Settings page")
              - The built-in admin account is logged out after 15 minutes: this is no problem, log in again and open System Settings (guide, "Do not refresh the System Settings page")
              - Never reboot an appliance manually during the upgrade, even when it feels too long (the longest hop, 5.4.2 -> 5.5.1, is estimated at 15 min per appliance and can take a lot more with slow disks or network), unless support tells you to (guide, "NEVER reboot the appliance(s) manually during an upgrade unless told so")
              - Keep the log files of the upgrade: without them support can hardly find the cause of a failure (guide, "If there are major issues during/after the upgrade")
              - If the upgrade fails, contact Parallels support first; if time is of the essence, keep a snapshot of each appliance as it is when the upgrade seems to fail; restore the snapshots of both appliances taken before the hop only as the last resort, when support recommends it (guide, "If there are major issues during/after the upgrade")

            """, Render(RunbookFormats.Text));
    }

    [Fact]
    public void Yaml()
    {
        Assert.Equal("""
              # upgrade-guard plan: 5.4.2 -> 5.5.1 -> 5.6.0 (2 hops), est. 1h (60 min): 30 min per appliance x 2 appliances
              # paste under 'upgrade:' (to: 5.6.0)
              steps:
                - backup-database: true
                - upgrade-database: "15.0"
                - snapshot: all
                  database: true
                - upgrade: 5.5.1  # est. 30 min: 15 min per appliance x 2 appliances
                - snapshot: all
                  database: true
                - upgrade: 5.6.0  # est. 30 min: 15 min per appliance x 2 appliances

            """, Render(RunbookFormats.Yaml));
    }

    [Fact]
    public void Markdown()
    {
        Assert.Equal("""
            # Upgrade runbook

            Parallels Secure Workspace 5.4.2 -> 5.6.0 for 2 appliances.

            | Item | Value |
            |---|---|
            | Current version | 5.4.2 |
            | Target version | 5.6.0 |
            | Supported path | 5.4.2 -> 5.5.1 -> 5.6.0 (2 hops) |
            | Appliances | 2 |
            | Database | external SQL Server 13.0 (2016) |
            | Estimated downtime | 1h (60 min): 30 min per appliance x 2 appliances |
            | Start | Sat 2026-12-05 22:00 Europe/Brussels (2026-12-05 21:00 UTC) |
            | Estimated end | Sat 2026-12-05 23:00 Europe/Brussels (2026-12-05 22:00 UTC) |
            | Business hours | the downtime is outside business hours (Mon-Fri 08:00-18:00 Europe/Brussels) |

            ## Before the window

            - [ ] Tell users that the workspace is unavailable from Sat 2026-12-05 22:00 to Sat 2026-12-05 23:00 Europe/Brussels: there is always downtime, even with several appliances
            - [ ] Read the release notes of 5.5.1, 5.6.0

            ## Hop 1 of 2: 5.4.2 -> 5.5.1 (est. 30 min: 15 min per appliance x 2 appliances)

            > SQL Server 13.0 (2016) is outside what 5.5.1 supports (15.0 (2019) to 16.0 (2022)): upgrade it to 15.0 (2019) before this hop (15.0 (2019) is supported by both 5.4.2 and 5.5.1)

            - [ ] Back up the external database (SQL Server 13.0 (2016)) before changing its version
            - [ ] Upgrade the external database from SQL Server 13.0 (2016) to SQL Server 15.0 (2019), which 5.5.1 supports (15.0 (2019) to 16.0 (2022))
            - [ ] Shut down and snapshot both appliances, and back up the external database (SQL Server)
            - [ ] Upgrade to 5.5.1 (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading
            - [ ] Check that System Settings shows 5.5.1 on every appliance and that users can log in

            ## Hop 2 of 2: 5.5.1 -> 5.6.0 (est. 30 min: 15 min per appliance x 2 appliances)

            - [ ] Shut down and snapshot both appliances, and back up the external database (SQL Server)
            - [ ] Upgrade to 5.6.0 (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading
            - [ ] Check that System Settings shows 5.6.0 on every appliance and that users can log in

            ## On the day

            - In System Settings > Global > General info, "Download" fetches the update packages ahead of the window (the button changes once they are downloaded); "Download & Upgrade" starts installing as soon as the download ends, so press it only inside the window _(guide, "Download or Download & Upgrade")_
            - Do not refresh the System Settings page while the upgrade runs _(guide, "Do not refresh the System Settings page")_
            - The built-in admin account is logged out after 15 minutes: this is no problem, log in again and open System Settings _(guide, "Do not refresh the System Settings page")_
            - Never reboot an appliance manually during the upgrade, even when it feels too long (the longest hop, 5.4.2 -> 5.5.1, is estimated at 15 min per appliance and can take a lot more with slow disks or network), unless support tells you to _(guide, "NEVER reboot the appliance(s) manually during an upgrade unless told so")_
            - Keep the log files of the upgrade: without them support can hardly find the cause of a failure _(guide, "If there are major issues during/after the upgrade")_
            - If the upgrade fails, contact Parallels support first; if time is of the essence, keep a snapshot of each appliance as it is when the upgrade seems to fail; restore the snapshots of both appliances taken before the hop only as the last resort, when support recommends it _(guide, "If there are major issues during/after the upgrade")_

            ## Rollback

            - Each hop starts from the snapshots of both appliances and the backup of the external database taken just before it: they are the restore point of that hop.
            - If an upgrade fails, follow the last note of "On the day": support first, with the logs; the snapshots are the last resort.

            ## Timing

            | Hop | Upgrade | Estimate | Start (Europe/Brussels) | End (Europe/Brussels) |
            |---|---|---|---|---|
            | 1 | 5.4.2 -> 5.5.1 | 30 min | Sat 22:00 | Sat 22:30 |
            | 2 | 5.5.1 -> 5.6.0 | 30 min | Sat 22:30 | Sat 23:00 |
            | Total | 5.4.2 -> 5.6.0 | 60 min | Sat 22:00 | Sat 23:00 |

            """, Render(RunbookFormats.Markdown));
    }

    [Fact]
    public void The_output_is_the_same_every_time()
    {
        foreach (var format in RunbookFormats.All)
        {
            Assert.Equal(Render(format), Render(format));
        }
    }

    [Fact]
    public void Holidays_are_named_after_the_business_hours()
    {
        var path = System.IO.Path.Combine(Corpus.TestData.RepositoryRoot, "samples", "clusters", "prod-emea", "prod-emea.upgrade.yaml");
        var runbook = UpgradeGuard.Core.Planning.Runbooks.Runbook.FromManifest(new UpgradeGuardEngine().Analyze("prod-emea.upgrade.yaml", System.IO.File.ReadAllText(path)));

        Assert.Contains("\nBusiness hours: the downtime is outside business hours (Mon-Fri 08:00-18:00 Europe/Brussels, except holidays 2026-12-24, 2026-12-25, 2026-12-31, 2027-01-01)\n",
            RunbookFormats.Render(runbook, RunbookFormats.Text));
    }
}
