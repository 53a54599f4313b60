using UpgradeGuard.Core.Planning.Runbooks;
using static UpgradeGuard.Core.Tests.Planning.RunbookFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>What stops a runbook is a message with the values and what to do, never an exception.</summary>
public sealed class RunbookProblemTests
{
    [Fact]
    public void A_version_the_catalog_does_not_know_lists_the_known_ones()
    {
        var problem = Problem("5.3.9", "5.6.0", 1);

        Assert.Equal(RunbookProblemKind.InvalidInput, problem.Kind);
        Assert.Equal("the current version 5.3.9 is not in the Parallels Secure Workspace catalog; known versions: 5.0.6, 5.1.1, 5.1.3, 5.2.0, 5.2.2, 5.2.3, 5.2.4, 5.2.5, 5.3.1, 5.3.2, 5.3.3, 5.4.0, 5.4.2, 5.4.4, 5.5.1, 5.6.0", problem.Message);
    }

    [Fact]
    public void A_version_that_is_not_major_minor_patch()
    {
        var problem = Problem("5.3.2", "5.6", 1);

        Assert.Equal((RunbookProblemKind.InvalidInput, "the to version '5.6' is not a version major.minor.patch such as 5.3.2"), (problem.Kind, problem.Message));
    }

    [Fact]
    public void Going_backwards_has_no_path()
    {
        var problem = Problem("5.6.0", "5.3.2", 1);

        Assert.Equal((RunbookProblemKind.NoPath, "5.6.0 -> 5.3.2 goes backwards: Parallels Secure Workspace supports no downgrade; pick a target newer than 5.6.0"), (problem.Kind, problem.Message));
    }

    [Fact]
    public void The_same_version_is_nothing_to_upgrade()
    {
        var problem = Problem("5.6.0", "5.6.0", 1);

        Assert.Equal((RunbookProblemKind.NoPath, "the cluster already runs 5.6.0: there is nothing to upgrade"), (problem.Kind, problem.Message));
    }

    [Fact]
    public void Two_known_versions_without_a_path_name_what_the_table_reaches()
    {
        var problem = Problem("5.3.1", "5.3.2", 2);

        Assert.Equal(RunbookProblemKind.NoPath, problem.Kind);
        Assert.Equal("no supported path leads from 5.3.1 to 5.3.2 in the upgrade table; from 5.3.1 the table reaches 5.3.3, 5.4.4, 5.5.1, 5.6.0; contact Parallels support, or add the vendor's newer hops with --catalog", problem.Message);
    }

    [Fact]
    public void A_cluster_needs_an_appliance()
    {
        Assert.Equal("the cluster must have at least 1 appliance (got 0)", Problem("5.5.1", "5.6.0", 0).Message);
    }

    [Theory]
    [InlineData("sqlserver", "the database 'sqlserver' is not ENGINE:VERSION, such as sqlserver:2019 (engines: azure-sql, postgresql, sqlserver)")]
    [InlineData("sqlserver:", "the database 'sqlserver:' is not ENGINE:VERSION, such as sqlserver:2019 (engines: azure-sql, postgresql, sqlserver)")]
    [InlineData("sqlsever:2019", "unknown database engine 'sqlsever' in 'sqlsever:2019'; did you mean 'sqlserver'?")]
    [InlineData("mysql:8.0", "unknown database engine 'mysql' in 'mysql:8.0'; known engines: azure-sql, postgresql, sqlserver")]
    [InlineData("sqlserver:vNext", "'vNext' is not a SQL Server version such as 15.0 or 2019 (in 'sqlserver:vNext')")]
    public void A_database_that_cannot_be_read(string database, string message)
    {
        var problem = Problem("5.5.1", "5.6.0", 1, database);

        Assert.Equal((RunbookProblemKind.InvalidInput, message), (problem.Kind, problem.Message));
    }

    [Theory]
    [InlineData("2026-12-05T22:00", "Europe/Brusels", "unknown time zone 'Europe/Brusels': the IANA time-zone database has no such id; did you mean 'Europe/Brussels'?")]
    [InlineData("2026-12-05T22:00", "Brussels time", "the time zone 'Brussels time' is not an IANA id such as Europe/Brussels")]
    [InlineData("2026-12-05 at 22:00", "Europe/Brussels", "the start '2026-12-05 at 22:00' is not a local date-time yyyy-MM-ddTHH:mm such as 2026-12-05T22:00")]
    [InlineData("2026-12-05T22:00", null, "the start 2026-12-05T22:00 has no time zone: give an IANA time zone such as Europe/Brussels (business hours are counted in it), or an offset such as 2026-12-05T22:00+01:00")]
    [InlineData("2026-03-29T02:30", "Europe/Brussels", "the start 2026-03-29T02:30 does not exist in Europe/Brussels: clocks jump from 02:00 to 03:00 on 2026-03-29 (UTC+01:00 to UTC+02:00); pick another time, or write an offset")]
    [InlineData("2026-10-25T02:30", "Europe/Brussels", "the start 2026-10-25T02:30 happens twice in Europe/Brussels (at UTC+02:00 and again at UTC+01:00, when clocks go back); write the offset you mean, e.g. 2026-10-25T02:30+02:00")]
    public void A_start_that_cannot_be_placed(string start, string? timeZone, string message)
    {
        var problem = Problem("5.5.1", "5.6.0", 1, start: start, timeZone: timeZone);

        Assert.Equal((RunbookProblemKind.InvalidInput, message), (problem.Kind, problem.Message));
    }

    [Fact]
    public void More_appliances_than_a_manifest_can_hold()
    {
        Assert.Equal("2000000000 appliances is more than a manifest allows (at most 999999)", Problem("5.3.2", "5.6.0", 2000000000).Message);
    }

    [Fact]
    public void A_downtime_past_the_end_of_the_calendar()
    {
        var problem = Problem("5.3.2", "5.6.0", 3, start: "9999-12-31T22:00", timeZone: "UTC");

        Assert.Equal((RunbookProblemKind.InvalidInput, "the downtime from 9999-12-31T22:00 for 315 min runs past the end of the calendar (year 9999); pick an earlier start"), (problem.Kind, problem.Message));
    }

    [Theory]
    [InlineData("", "", 1, null, null, null)]
    [InlineData("5.3.2.1", "99999999.0.0", 1, null, null, null)]
    [InlineData("5.3.2", "5.6.0", -5, ":", "", "")]
    [InlineData("5.3.2", "5.6.0", 1, "sqlserver:2019:1", "2026-02-30T22:00", "Europe/Brussels")]
    [InlineData("5.3.2", "5.6.0", 1, "azure-sql:", "0001-01-01T00:00", "Etc/GMT+12")]
    [InlineData("5.3.2", "5.6.0", 1, "postgresql:99999999", "2026-12-05T22:00+19:00", null)]
    [InlineData(" 5.3.2 ", "5.6.0", 999999, "SQLSERVER:2019", "2026-12-05T22:00Z", "../etc/passwd")]
    public void Hostile_inputs_are_problems_never_exceptions(string from, string to, int nodes, string? database, string? start, string? timeZone)
    {
        var runbook = Runbook.FromInputs(new RunbookInputs(from, to, nodes) { Database = database, Start = start, TimeZone = timeZone });

        Assert.False(runbook.IsPossible);
        Assert.All(runbook.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }
}
