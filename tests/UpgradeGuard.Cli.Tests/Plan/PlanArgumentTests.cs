using System;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Plan;

/// <summary>Exit 2 for arguments that do not make a request, exit 1 when no supported path exists; messages on the standard error.</summary>
public sealed class PlanArgumentTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private void AssertFails(CliRun run, int exitCode, string error)
    {
        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Equal("", run.Output);
        Assert.Equal(error + "\n", run.Error);
    }

    [Fact]
    public void Nothing_to_plan_for()
    {
        AssertFails(_workspace.Run("plan"), ExitCodes.BadInput,
            "upgrade-guard: error: missing --from, --to, --nodes: give a manifest, or --from, --to and --nodes (e.g. upgrade-guard plan --from 5.3.2 --to 5.6.0 --nodes 3)");
    }

    [Fact]
    public void Nodes_are_needed_with_versions()
    {
        AssertFails(_workspace.Run("plan", "--from", "5.3.2", "--to", "5.6.0"), ExitCodes.BadInput,
            "upgrade-guard: error: missing --nodes: give a manifest, or --from, --to and --nodes (e.g. upgrade-guard plan --from 5.3.2 --to 5.6.0 --nodes 3)");
    }

    [Fact]
    public void A_manifest_and_versions_exclude_each_other()
    {
        _workspace.Write("plan.upgrade.yaml", Manifests.Clean);

        AssertFails(_workspace.Run("plan", "plan.upgrade.yaml", "--from", "5.3.2", "--start", "2026-12-05T22:00"), ExitCodes.BadInput,
            "upgrade-guard: error: give either a manifest or --from/--to/--nodes, not both: plan.upgrade.yaml already gives the versions, nodes, database and schedule (--from, --start given)");
    }

    [Fact]
    public void A_manifest_that_cannot_be_read()
    {
        var run = _workspace.Run("plan", "missing.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("upgrade-guard: error: 'missing.upgrade.yaml' does not exist\n", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_manifest_missing_a_field_the_plan_needs()
    {
        _workspace.Write("plan.upgrade.yaml", "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 2\nupgrade:\n  to: 5.6.0\n");

        AssertFails(_workspace.Run("plan", "plan.upgrade.yaml"), ExitCodes.BadInput,
            "upgrade-guard: error: plan.upgrade.yaml: cluster.version is missing; a runbook needs it");
    }

    [Fact]
    public void An_unknown_version()
    {
        var run = _workspace.Run("plan", "--from", "5.3.9", "--to", "5.6.0", "--nodes", "2");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.StartsWith("upgrade-guard: error: the current version 5.3.9 is not in the Parallels Secure Workspace catalog; known versions: 5.0.6,", run.Error);
    }

    [Fact]
    public void A_bad_database()
    {
        AssertFails(_workspace.Run("plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "2", "--db", "sqlserver-2019"), ExitCodes.BadInput,
            "upgrade-guard: error: the database 'sqlserver-2019' is not ENGINE:VERSION, such as sqlserver:2019 (engines: azure-sql, postgresql, sqlserver)");
    }

    [Fact]
    public void An_unknown_time_zone_suggests_the_nearest()
    {
        AssertFails(_workspace.Run("plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "2", "--start", "2026-12-05T22:00", "--time-zone", "Europe/Amsterdan"), ExitCodes.BadInput,
            "upgrade-guard: error: unknown time zone 'Europe/Amsterdan': the IANA time-zone database has no such id; did you mean 'Europe/Amsterdam'?");
    }

    [Fact]
    public void A_start_skipped_by_daylight_saving()
    {
        AssertFails(_workspace.Run("plan", "--from", "5.5.1", "--to", "5.6.0", "--nodes", "1", "--start", "2026-03-29T02:30", "--time-zone", "Europe/Brussels"), ExitCodes.BadInput,
            "upgrade-guard: error: the start 2026-03-29T02:30 does not exist in Europe/Brussels: clocks jump from 02:00 to 03:00 on 2026-03-29 (UTC+01:00 to UTC+02:00); pick another time, or write an offset");
    }

    [Fact]
    public void Nodes_that_are_not_a_number_are_a_parse_error()
    {
        var run = _workspace.Run("plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "three");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains("'three'", run.Error);
    }

    [Fact]
    public void An_unknown_format_is_a_parse_error()
    {
        var run = _workspace.Run("plan", "--from", "5.3.2", "--to", "5.6.0", "--nodes", "1", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Contains("'json'", run.Error);
    }

    [Fact]
    public void No_supported_path_exits_1()
    {
        AssertFails(_workspace.Run("plan", "--from", "5.3.1", "--to", "5.3.2", "--nodes", "2"), ExitCodes.ErrorsFound,
            "upgrade-guard: error: no supported path leads from 5.3.1 to 5.3.2 in the upgrade table; from 5.3.1 the table reaches 5.3.3, 5.4.4, 5.5.1, 5.6.0; contact Parallels support, or add the vendor's newer hops with --catalog");
    }

    [Fact]
    public void A_downgrade_exits_1()
    {
        AssertFails(_workspace.Run("plan", "--from", "5.6.0", "--to", "5.4.4", "--nodes", "2"), ExitCodes.ErrorsFound,
            "upgrade-guard: error: 5.6.0 -> 5.4.4 goes backwards: Parallels Secure Workspace supports no downgrade; pick a target newer than 5.6.0");
    }

    [Fact]
    public void A_start_past_the_end_of_the_calendar_is_a_clear_error_not_a_crash()
    {
        // 23:59 in New York on 9999-12-31 is year 10000 in UTC: this used to end in an unhandled OverflowException.
        AssertFails(_workspace.Run("plan", "--from", "5.5.1", "--to", "5.6.0", "--nodes", "1", "--start", "9999-12-31T23:59", "--time-zone", "America/New_York"), ExitCodes.BadInput,
            "upgrade-guard: error: the start 9999-12-31T23:59 in America/New_York falls after the end of the calendar (9999-12-31, in UTC and in the zone), so it cannot be placed in time; pick an earlier start");
    }

    [Fact]
    public void A_manifest_whose_window_runs_past_the_calendar_is_a_clear_error()
    {
        _workspace.Write("late.upgrade.yaml", Manifests.Clean.Replace("start: 2026-12-05T22:00", "start: 9999-12-31T18:00").Replace("timeZone: Europe/Brussels", "timeZone: America/New_York\n  window: 6h"));
        AssertFails(_workspace.Run("plan", "late.upgrade.yaml"), ExitCodes.BadInput,
            "upgrade-guard: error: the downtime from 9999-12-31T18:00 for 360 min runs past the end of the calendar (year 9999); pick an earlier start");
    }
}
