using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Reporting.Runbooks;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// <c>plan --format ics</c>: one RFC 5545 calendar with one event per runbook that has a start. The event runs from the
/// start for the longer of the booked window and the estimate (as UG5001 counts the downtime); its times carry the
/// manifest's IANA zone (with a VTIMEZONE), or are in UTC when the start has only an offset or a local time is
/// repeated by a daylight-saving change. The UID comes from the manifest's path in its repository, so a calendar
/// imported again updates its events instead of adding copies.
/// </summary>
public static class RunbookCalendar
{
    public const string Format = "ics";

    /// <summary>A runbook and the identity of its manifest (its path relative to the repository, '/'-separated).</summary>
    public sealed record Entry(Runbook Runbook, string Identity);

    /// <summary>The calendar; lines end with CRLF as RFC 5545 asks.</summary>
    public static string Render(IReadOnlyList<Entry> entries, DateTime stampUtc)
    {
        var calendar = new Calendar { ProductId = "-//UpgradeGuard//upgrade-guard plan//EN" };
        calendar.AddProperty("CALSCALE", "GREGORIAN");
        calendar.AddProperty("X-WR-CALNAME", "Upgrade windows");
        var zones = new SortedDictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var downtime = entry.Runbook.Downtime;
            if (downtime is null) continue;
            // Only an IANA id names a zone other calendars know; a fixed offset (UTC+08) is written in UTC.
            var tzdbZone = DateTimeZoneProviders.Tzdb.Ids.Contains(downtime.Zone.Id) ? DateTimeZoneProviders.Tzdb[downtime.Zone.Id] : null;
            var start = At(downtime.Start, tzdbZone);
            var end = At(downtime.End, tzdbZone);
            if (tzdbZone != null && (start.TzId == tzdbZone.Id || end.TzId == tzdbZone.Id))
            {
                zones[tzdbZone.Id] = zones.TryGetValue(tzdbZone.Id, out var earliest) && earliest < downtime.Start ? earliest : downtime.Start;
            }
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid(entry.Identity),
                Summary = RunbookSummary.Title(entry.Runbook),
                Description = string.Join("\n", RunbookSummary.Lines(entry.Runbook)),
                DtStart = start,
                DtEnd = end,
                DtStamp = new CalDateTime(stampUtc, "UTC", true),
                Transparency = "OPAQUE",
            };
            calendarEvent.Categories.Add("Maintenance");
            calendar.Events.Add(calendarEvent);
        }
        foreach (var (zoneId, earliest) in zones)
        {
            // The zone's rules from a year before the first event: enough for the event, small enough to read.
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, earliest.Minus(NodaTime.Duration.FromDays(366)).ToDateTimeUtc(), includeHistoricalData: false));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The instant as a local time with TZID when it names one instant only in the zone; in UTC otherwise.</summary>
    private static CalDateTime At(Instant instant, DateTimeZone? zone)
    {
        if (zone != null)
        {
            var local = instant.InZone(zone).LocalDateTime;
            if (zone.MapLocal(local).Count == 1)
            {
                return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone.Id);
            }
        }
        var utc = instant.ToDateTimeUtc();
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC");
    }

    /// <summary>Stable for the same manifest: a hash of its identity, so the UID reveals no path.</summary>
    public static string Uid(string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("upgradeguard:" + identity));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant() + "@upgradeguard";
    }
}
