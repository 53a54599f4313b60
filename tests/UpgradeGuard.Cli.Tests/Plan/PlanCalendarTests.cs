using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;
using UpgradeGuard.Tests.Shared;

namespace UpgradeGuard.Cli.Tests.Plan;

/// <summary>
/// <c>plan --format ics</c> over a folder of manifests, read back by a real iCalendar parser from another ecosystem
/// (Python's icalendar, Debian's python3-icalendar), across the night clocks go back in Brussels (2026-10-25).
/// </summary>
public sealed class PlanCalendarTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public PlanCalendarTests()
    {
        Directory.CreateDirectory(Path.Combine(_workspace.Root, ".git")); // the manifests' repository: UIDs come from paths in it
        // 01:00 CEST (23:00 UTC) for the 3h window (longer than the 45 min estimate): ends 03:00 CET, 02:00 UTC.
        _workspace.Write("clusters/emea.upgrade.yaml", Manifest("prod-emea", 3, "5.5.1", "5.6.0", "start: 2026-10-25T01:00\n  timeZone: Europe/Brussels\n  window: 3h"));
        // 01:00 CEST for 2h30m ends at 01:30 UTC, which is 02:30 local the second time: written in UTC, never as a local time a parser reads as the first 02:30.
        _workspace.Write("clusters/night.upgrade.yaml", Manifest("night", 1, "5.3.2", "5.4.4", "start: 2026-10-25T01:00\n  timeZone: Europe/Brussels\n  window: 2h30m"));
        // An offset and no zone: UTC. The estimate (60 min for 4 appliances of 15 min) is longer than the window (30 min).
        _workspace.Write("clusters/apac/offset.upgrade.yaml", Manifest(null, 4, "5.5.1", "5.6.0", "start: 2026-03-29T01:30+08:00\n  window: 30m"));
        _workspace.Write("clusters/unscheduled.upgrade.yaml", Manifest("lab", 1, "5.5.1", "5.6.0", null));
        _workspace.Write("clusters/checklist.upgrade.yaml", "kind: UpgradeChecklist\nitems: [backup]\n");
    }

    public void Dispose() => _workspace.Dispose();

    private static string Manifest(string? name, int nodes, string from, string to, string? schedule) =>
        "apiVersion: upgradeguard/v1\nkind: UpgradePlan\n" + (name != null ? $"metadata:\n  name: {name}\n" : "") +
        $"cluster:\n  nodes: {nodes}\n  version: {from}\n" + (schedule != null ? $"schedule:\n  {schedule}\n" : "") + $"upgrade:\n  to: {to}\n";

    private static string? Python()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                var (exit, _, _) = RunProcess(candidate, "-c", "import icalendar");
                if (exit == 0) return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }
        return null;
    }

    private static (int Exit, string Output, string Error) RunProcess(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private const string Reader = """
        import datetime, sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        utc = datetime.timezone.utc
        for e in cal.walk('VEVENT'):
            s, t = e.get('dtstart').dt, e.get('dtend').dt
            print('|'.join([str(e['SUMMARY']), s.astimezone(utc).strftime('%Y-%m-%dT%H:%MZ'), t.astimezone(utc).strftime('%Y-%m-%dT%H:%MZ'), s.isoformat(), t.isoformat(), str(e['UID'])]))
        """;

    /// <summary>Each event as the parser reads it: summary, start and end in UTC, start and end as local ISO times, UID.</summary>
    private List<string[]> Parse(string python, string icsFile)
    {
        var script = _workspace.Write("read_ics.py", Reader);
        var (exit, output, error) = RunProcess(python, script, icsFile);
        Assert.True(exit == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|')).OrderBy(f => f[0], StringComparer.Ordinal).ToList();
    }

    [SkippableFact]
    public void A_real_parser_reads_one_event_per_scheduled_manifest_with_the_right_instants_across_the_daylight_saving_change()
    {
        var python = Python();
        RealTool.Require(python != null, "Python's icalendar is needed: apt-get install python3-icalendar (build/install-icalendar.sh)");

        var run = _workspace.Run("plan", "clusters", "--format", "ics", "--output", "windows.ics");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("upgrade-guard: note: clusters/unscheduled.upgrade.yaml has no schedule.start: it has no event in the calendar\n", run.Error);
        var events = Parse(python!, Path.Combine(_workspace.Root, "windows.ics"));
        Assert.Equal(new[] { "night: 5.3.2 -> 5.4.4, 2 hops", "offset: 5.5.1 -> 5.6.0, 1 hop", "prod-emea: 5.5.1 -> 5.6.0, 1 hop" }, events.Select(e => e[0]));

        var night = events[0];
        Assert.Equal(("2026-10-24T23:00Z", "2026-10-25T01:30Z"), (night[1], night[2]));
        Assert.Equal("2026-10-25T01:00:00+02:00", night[3]);
        var offset = events[1];
        Assert.Equal(("2026-03-28T17:30Z", "2026-03-28T18:30Z"), (offset[1], offset[2]));
        var emea = events[2];
        Assert.Equal(("2026-10-24T23:00Z", "2026-10-25T02:00Z"), (emea[1], emea[2]));
        Assert.Equal(("2026-10-25T01:00:00+02:00", "2026-10-25T03:00:00+01:00"), (emea[3], emea[4]));
        Assert.Equal(3, events.Select(e => e[5]).Distinct().Count());
    }

    [Fact]
    public void The_calendar_is_RFC_5545_text_with_the_zone_its_local_times_use()
    {
        var run = _workspace.Run("plan", "clusters/emea.upgrade.yaml", "clusters/night.upgrade.yaml", "--format", "ics");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", run.Output);
        Assert.EndsWith("END:VCALENDAR\r\n", run.Output);
        Assert.Contains("\r\nDTSTART;TZID=Europe/Brussels:20261025T010000\r\n", run.Output);
        Assert.Contains("\r\nDTEND;TZID=Europe/Brussels:20261025T030000\r\n", run.Output);
        Assert.Contains("\r\nDTEND:20261025T013000Z\r\n", run.Output); // 02:30 happens twice that night: UTC
        Assert.Contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n", run.Output);
        Assert.Contains("\r\nSUMMARY:prod-emea: 5.5.1 -> 5.6.0\\, 1 hop\r\n", run.Output);
        Assert.Equal(2, run.Output.Split("BEGIN:VEVENT").Length - 1);
        // Folded at 75 octets, continuation lines start with a space; commas, semicolons and line breaks escaped.
        Assert.All(run.Output.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n ", run.Output);
        Assert.Contains("DESCRIPTION:Parallels Secure Workspace 5.5.1 -> 5.6.0 for 3 appliances\\nSupported", run.Output.Replace("\r\n ", ""));
        Assert.DoesNotContain("\n", run.Output.Replace("\r\n", ""));
    }

    [Fact]
    public void The_same_manifest_keeps_its_UID_from_any_folder_so_a_reimport_updates_instead_of_duplicating()
    {
        static IEnumerable<string> Uids(CliRun run) => run.Output.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).OrderBy(u => u, StringComparer.Ordinal);

        var fromRoot = _workspace.Run("plan", "clusters", "--format", "ics");
        var fromInside = _workspace.RunIn("clusters", terminal: false, "plan", ".", "--format", "ics");
        _workspace.Write("clusters/emea.upgrade.yaml", Manifest("prod-emea", 3, "5.5.1", "5.6.0", "start: 2026-11-01T01:00\n  timeZone: Europe/Brussels\n  window: 4h"));
        var rescheduled = _workspace.Run("plan", "clusters", "--format", "ics");

        Assert.Equal(3, Uids(fromRoot).Count());
        Assert.Equal(Uids(fromRoot), Uids(fromInside));
        Assert.Equal(Uids(fromRoot), Uids(rescheduled));
        Assert.Contains("DTSTART;TZID=Europe/Brussels:20261101T010000", rescheduled.Output);
    }

    [Fact]
    public void Without_any_start_there_is_no_calendar_to_write()
    {
        var run = _workspace.Run("plan", "clusters/unscheduled.upgrade.yaml", "--format", "ics");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("BEGIN:VCALENDAR", run.Output);
        Assert.DoesNotContain("BEGIN:VEVENT", run.Output);
        Assert.Contains("has no schedule.start", run.Error);
    }
}
