using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Reporting.Runbooks;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// <c>plan --format ics</c>: one RFC 5545 calendar with one event per runbook that has a start. The event runs from the
/// start for the longer of the booked window and the estimate (as UG5001 counts the downtime); its times carry the
/// manifest's IANA zone (with a VTIMEZONE from the tz database), or are in UTC when the start has only an offset or a
/// local time is repeated or skipped by a daylight-saving change. The UID comes from the manifest's path in its
/// repository, so a calendar imported again updates its events instead of adding copies.
/// </summary>
/// <remarks>
/// Written by hand rather than with Ical.Net: Ical.Net 5.2.4 creates its objects by reflection, a trimmed build of it
/// warns (IL2072, IL2075, IL2087) and fails at run time (no constructor for UtcOffset when writing a VTIMEZONE), so it
/// would stand in the way of compiling the tool ahead of time (the project is IsAotCompatible). See docs/design-notes.md.
/// </remarks>
public static class RunbookCalendar
{
    public const string Format = "ics";

    /// <summary>A runbook and the identity of its manifest (its path relative to the repository, '/'-separated).</summary>
    public sealed record Entry(Runbook Runbook, string Identity);

    /// <summary>The calendar; lines end with CRLF and are folded at 75 octets, as RFC 5545 asks.</summary>
    public static string Render(IReadOnlyList<Entry> entries, DateTime stampUtc)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//UpgradeGuard//upgrade-guard plan//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "X-WR-CALNAME:" + Text("Upgrade windows"));
        var spans = new SortedDictionary<string, (Instant From, Instant To)>(StringComparer.Ordinal);
        var events = new StringBuilder();
        foreach (var entry in entries)
        {
            var downtime = entry.Runbook.Downtime;
            if (downtime is null) continue;
            // Only an IANA id names a zone other calendars know; a fixed offset (UTC+08) is written in UTC.
            var zone = DateTimeZoneProviders.Tzdb.Ids.Contains(downtime.Zone.Id) ? DateTimeZoneProviders.Tzdb[downtime.Zone.Id] : null;
            var start = At("DTSTART", downtime.Start, zone);
            var end = At("DTEND", downtime.End, zone);
            if (zone != null && (start.Contains(";TZID=", StringComparison.Ordinal) || end.Contains(";TZID=", StringComparison.Ordinal)))
            {
                spans[zone.Id] = spans.TryGetValue(zone.Id, out var span)
                    ? (Min(span.From, downtime.Start), Max(span.To, downtime.End))
                    : (downtime.Start, downtime.End);
            }
            Line(events, "BEGIN:VEVENT");
            Line(events, "UID:" + Uid(entry.Identity));
            Line(events, "DTSTAMP:" + Utc(Instant.FromDateTimeUtc(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc))));
            Line(events, start);
            Line(events, end);
            Line(events, "SUMMARY:" + Text(RunbookSummary.Title(entry.Runbook)));
            Line(events, "DESCRIPTION:" + Text(string.Join("\n", RunbookSummary.Lines(entry.Runbook))));
            Line(events, "CATEGORIES:Maintenance");
            Line(events, "TRANSP:OPAQUE");
            Line(events, "END:VEVENT");
        }
        foreach (var (zoneId, span) in spans) TimeZone(ics, DateTimeZoneProviders.Tzdb[zoneId], span.From, span.To);
        ics.Append(events);
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>Stable for the same manifest: a hash of its identity, so the UID reveals no path.</summary>
    public static string Uid(string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("upgradeguard:" + identity));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant() + "@upgradeguard";
    }

    /// <summary><c>DTSTART;TZID=Europe/Brussels:20261025T010000</c> when the local time names this instant only; else UTC.</summary>
    private static string At(string property, Instant instant, DateTimeZone? zone)
    {
        if (zone != null)
        {
            var local = instant.InZone(zone).LocalDateTime;
            if (zone.MapLocal(local).Count == 1) return $"{property};TZID={zone.Id}:{Local(local)}";
        }
        return $"{property}:{Utc(instant)}";
    }

    /// <summary>
    /// A VTIMEZONE with one STANDARD or DAYLIGHT observance per transition from a year before the first event to a year
    /// after the last: explicit onsets, no recurrence rules, so any reader applies exactly the tz database's offsets.
    /// </summary>
    private static void TimeZone(StringBuilder ics, DateTimeZone zone, Instant from, Instant to)
    {
        Line(ics, "BEGIN:VTIMEZONE");
        Line(ics, "TZID:" + zone.Id);
        var intervals = zone.GetZoneIntervals(from - Duration.FromDays(366), to + Duration.FromDays(366)).ToList();
        for (int i = 0; i < intervals.Count; i++)
        {
            var interval = intervals[i];
            var previous = i > 0 ? intervals[i - 1] : interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon) : interval;
            string kind = interval.Savings != Offset.Zero ? "DAYLIGHT" : "STANDARD";
            // The onset is written in the local time in force before it (RFC 5545, 3.6.5).
            var onset = interval.HasStart ? interval.Start.WithOffset(previous.WallOffset).LocalDateTime : new LocalDateTime(1970, 1, 1, 0, 0);
            Line(ics, "BEGIN:" + kind);
            Line(ics, "DTSTART:" + Local(onset));
            Line(ics, "TZOFFSETFROM:" + OffsetText(previous.WallOffset));
            Line(ics, "TZOFFSETTO:" + OffsetText(interval.WallOffset));
            if (!string.IsNullOrEmpty(interval.Name)) Line(ics, "TZNAME:" + Text(interval.Name));
            Line(ics, "END:" + kind);
        }
        Line(ics, "END:VTIMEZONE");
    }

    private static string Local(LocalDateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Utc(Instant instant) => instant.InUtc().LocalDateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "Z";

    private static string OffsetText(Offset offset)
    {
        int seconds = offset.Seconds;
        string sign = seconds < 0 ? "-" : "+";
        seconds = Math.Abs(seconds);
        string text = $"{sign}{seconds / 3600:00}{seconds / 60 % 60:00}";
        return seconds % 60 == 0 ? text : text + $"{seconds % 60:00}";
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>A TEXT value: backslash, semicolon and comma escaped, line breaks as <c>\n</c> (RFC 5545, 3.3.11).</summary>
    private static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\n").Replace("\r", "\n").Replace("\n", "\\n");

    /// <summary>Appends a content line, folded so no line is longer than 75 octets of UTF-8, never inside a character.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        int octets = 0;
        for (int i = 0; i < line.Length; i++)
        {
            int length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            int size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > 75)
            {
                ics.Append("\r\n ");
                octets = 1;
            }
            ics.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        ics.Append("\r\n");
    }
}
