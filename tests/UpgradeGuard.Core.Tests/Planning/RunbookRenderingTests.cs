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
              note: SQL Server 13.0 (2016) is outside what 5.5.1 supports (15.0 (2019) to 16.0 (2022)): upgrade it to 15.0 (2019), which 5.4.2 supports too, before this hop
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

            > SQL Server 13.0 (2016) is outside what 5.5.1 supports (15.0 (2019) to 16.0 (2022)): upgrade it to 15.0 (2019), which 5.4.2 supports too, before this hop

            - [ ] Back up the external database (SQL Server 13.0 (2016)) before changing its version
            - [ ] Upgrade the external database from SQL Server 13.0 (2016) to SQL Server 15.0 (2019), which 5.5.1 supports (15.0 (2019) to 16.0 (2022))
            - [ ] Shut down and snapshot both appliances, and back up the external database (SQL Server)
            - [ ] Upgrade to 5.5.1 (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading
            - [ ] Check that System Settings shows 5.5.1 on every appliance and that users can log in

            ## Hop 2 of 2: 5.5.1 -> 5.6.0 (est. 30 min: 15 min per appliance x 2 appliances)

            - [ ] Shut down and snapshot both appliances, and back up the external database (SQL Server)
            - [ ] Upgrade to 5.6.0 (System Settings > Global > General info > Download & Upgrade); never reboot an appliance while it is upgrading
            - [ ] Check that System Settings shows 5.6.0 on every appliance and that users can log in

            ## Rollback

            - Each hop starts from the snapshots of both appliances and the backup of the external database taken just before it: they are the restore point of that hop.
            - If an upgrade fails, contact Parallels support first, with the upgrade logs: without them the cause can hardly be found, and the upgrade may still be saved.
            - If time is of the essence, keep a snapshot of each appliance as it is when the upgrade seems to fail, for support to analyse.
            - Restore the snapshots taken before the failed hop only when support recommends it; never reboot an appliance while it is upgrading.

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
