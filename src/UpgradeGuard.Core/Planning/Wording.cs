using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning;

/// <summary>
/// How every surface words the plan's facts: counts and plurals, durations, times (local, UTC, offsets), business
/// hours, a daylight-saving change, a database version two product versions both support. Rules, hover and runbooks
/// all write these through here, so one fact reads the same everywhere.
/// </summary>
public static class Wording
{
    private static readonly LocalDateTimePattern DayAndTime = LocalDateTimePattern.Create("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern DateAndTime = LocalDateTimePattern.Create("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern ShortDayAndTime = LocalDateTimePattern.Create("ddd HH:mm", CultureInfo.InvariantCulture);
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    // Counts and plurals

    /// <summary><c>1 hop</c>, <c>4 hops</c>; <paramref name="plural"/> for nouns that do not just take an s.</summary>
    public static string Count(long count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? noun + "s"}";

    /// <summary><c>1 appliance</c>, <c>3 appliances</c>.</summary>
    public static string Appliances(long nodes) => Count(nodes, "appliance");

    /// <summary><c>the appliance</c>, <c>both appliances</c>, <c>all 3 appliances</c>.</summary>
    public static string EveryAppliance(int nodes) => nodes switch
    {
        1 => "the appliance",
        2 => "both appliances",
        _ => $"all {nodes.ToString(CultureInfo.InvariantCulture)} appliances",
    };

    /// <summary><c>15 min per appliance x 3 appliances</c>.</summary>
    public static string PerAppliance(int minutesPerAppliance, int nodes) => $"{minutesPerAppliance} min per appliance x {Appliances(nodes)}";

    // Durations

    /// <summary><c>45 min</c>, <c>1h45m (105 min)</c>, <c>6h (360 min)</c>.</summary>
    public static string Minutes(long minutes)
    {
        if (minutes < 60) return minutes.ToString(CultureInfo.InvariantCulture) + " min";
        long h = minutes / 60, m = minutes % 60;
        var hm = m == 0 ? $"{h}h" : $"{h}h{m:00}m";
        return $"{hm} ({minutes} min)";
    }

    /// <summary>A duration as <see cref="Minutes"/> writes it, rounded up to the minute.</summary>
    public static string Duration(Duration duration) => Minutes((long)Math.Ceiling(duration.TotalMinutes));

    // Times

    /// <summary><c>Mon 2026-12-07 08:00</c>, the local time in <paramref name="zone"/>.</summary>
    public static string Local(Instant instant, DateTimeZone zone) => DayAndTime.Format(instant.InZone(zone).LocalDateTime);

    /// <summary><c>Mon 2026-12-07 07:00</c>, a wall-clock time as written.</summary>
    public static string Local(LocalDateTime local) => DayAndTime.Format(local);

    /// <summary><c>Sat 22:00</c> in the zone.</summary>
    public static string ShortLocal(Instant instant, DateTimeZone zone) => ShortDayAndTime.Format(instant.InZone(zone).LocalDateTime);

    /// <summary><c>Mon 2026-12-07 07:00</c> in UTC, for a column headed UTC.</summary>
    public static string UtcCell(Instant instant) => DayAndTime.Format(instant.InUtc().LocalDateTime);

    /// <summary><c>2026-12-05 21:00 UTC</c>.</summary>
    public static string Utc(Instant instant) => DateAndTime.Format(instant.InUtc().LocalDateTime) + " UTC";

    /// <summary><c>Sat 2026-12-05 22:00 Europe/Brussels (2026-12-05 21:00 UTC)</c>.</summary>
    public static string Moment(Instant instant, DateTimeZone zone) => $"{Local(instant, zone)} {zone.Id} ({Utc(instant)})";

    /// <summary><c>+02:00</c>.</summary>
    public static string Offset(Offset offset) => OffsetText.Format(offset);

    // Business hours

    /// <summary><c>Mon-Fri 08:00-18:00 Europe/Brussels</c>, with holidays when there are some.</summary>
    public static string BusinessHours(BusinessHours hours, DateTimeZone zone)
    {
        var days = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(hours.Days.Contains).ToList();
        string dayText;
        if (days.Count == 0) dayText = "no days";
        else if (days.Count > 2 && (int)days[days.Count - 1] - (int)days[0] == days.Count - 1) dayText = $"{Day(days[0])}-{Day(days[days.Count - 1])}";
        else dayText = string.Join(", ", days.Select(Day));
        string text = $"{dayText} {hours.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{hours.End.ToString("HH:mm", CultureInfo.InvariantCulture)} {zone.Id}";
        if (hours.Holidays.Count > 0) text += $", except holidays {string.Join(", ", hours.Holidays.OrderBy(h => h).Select(h => h.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))}";
        return text;
    }

    private static string Day(IsoDayOfWeek day) => day.ToString().Substring(0, 3);

    /// <summary>
    /// <c>overlaps business hours (Mon-Fri 08:00-18:00 Europe/Brussels) from Mon 2026-12-07 08:00; users cannot work
    /// during an upgrade: move the start so the downtime ends before business hours</c>: what UG5001, the hover on
    /// <c>schedule.start</c> and the runbook say of a downtime that meets business hours.
    /// </summary>
    public static string BusinessHoursOverlap(DowntimeOnCalendar downtime) =>
        $"overlaps business hours ({BusinessHours(downtime.BusinessHours, downtime.Zone)}) from {Local(downtime.FirstBusinessOverlap!.Value, downtime.Zone)}; " +
        "users cannot work during an upgrade: move the start so the downtime ends before business hours";

    /// <summary><c>is outside business hours (Mon-Fri 08:00-18:00 Europe/Brussels)</c>.</summary>
    public static string OutsideBusinessHours(DowntimeOnCalendar downtime) =>
        $"is outside business hours ({BusinessHours(downtime.BusinessHours, downtime.Zone)})";

    // Daylight-saving changes

    /// <summary>
    /// Why a local time does not exist, or happens twice, in <paramref name="zone"/>, and what to write instead:
    /// <c>2026-03-29T02:30 does not exist in Europe/Brussels: clocks jump from 02:00 to 03:00 on 2026-03-29 (UTC+01:00 to
    /// UTC+02:00); pick another time, or write an offset</c>. Null when <paramref name="mapping"/> maps to one instant.
    /// </summary>
    public static string? DaylightSavingChange(string written, DateTimeZone zone, ZoneLocalMapping mapping)
    {
        if (mapping.Count == 0)
        {
            var before = mapping.EarlyInterval;
            var after = mapping.LateInterval;
            var jumpLocal = after.IsoLocalStart;
            var fromLocal = jumpLocal.PlusSeconds(-(after.WallOffset - before.WallOffset).Seconds);
            return $"{written} does not exist in {zone.Id}: clocks jump from {Clock(fromLocal)} to {Clock(jumpLocal)} on {mapping.LocalDateTime.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} " +
                   $"(UTC{Offset(before.WallOffset)} to UTC{Offset(after.WallOffset)}); pick another time, or write an offset";
        }
        if (mapping.Count > 1)
        {
            var first = mapping.First();
            var last = mapping.Last();
            return $"{written} happens twice in {zone.Id} (at UTC{Offset(first.Offset)} and again at UTC{Offset(last.Offset)}, when clocks go back); write the offset you mean, e.g. {written}{Offset(first.Offset)}";
        }
        return null;
    }

    private static string Clock(LocalDateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    // The database

    /// <summary>
    /// Why a database the cluster's current version does not support matters before <paramref name="upgrade"/> ("the
    /// upgrade to 5.5.1", "the upgrade itself"): the one sentence UG3001, UG3002, the hover and the runbook give.
    /// </summary>
    public static string UnsupportedDatabaseRisk(string upgrade) => $"the guide warns that an unsupported database can make {upgrade} fail";

    /// <summary><c>SQL Server 13.0 (2016) to 15.0 (2019) or ...</c>: the ranges a version supports.</summary>
    public static string Ranges(EngineInfo engine, IEnumerable<EngineRange> ranges) => string.Join(" or ", ranges.Select(engine.DisplayRange));

    /// <summary>
    /// <c>15.0 (2019) is supported by both 5.4.4 and 5.5.1</c>: the range of the database versions two product versions
    /// both support, where an <c>upgrade-database</c> step fits between them.
    /// </summary>
    public static string SupportedByBoth(EngineInfo engine, EngineRange fit, ProductVersion before, ProductVersion after) =>
        $"{engine.DisplayRange(fit)} is supported by both {before} and {after}";

    /// <summary>
    /// <c> (supported there: SQL Server 15.0 (2019) to 16.0 (2022))</c>: the engines <paramref name="version"/> supports,
    /// for a database it does not; empty when it supports none.
    /// </summary>
    public static string SupportedThere(ProductCatalog product, ProductVersion version)
    {
        var engines = product.Engines.Values
            .Select(e => (Engine: e, Lookup: product.LookupDatabase(version, e.Id)))
            .Where(a => a.Lookup.IsEngineSupported)
            .Select(a => $"{a.Engine.Name} {Ranges(a.Engine, a.Lookup.Ranges!)}")
            .ToList();
        return engines.Count > 0 ? $" (supported there: {string.Join("; ", engines)})" : "";
    }

    /// <summary><c>no SQL Server version is supported by both 5.4.4 and 5.5.1</c>.</summary>
    public static string NoneSupportedByBoth(EngineInfo engine, ProductVersion before, ProductVersion after) =>
        $"no {engine.Name} version is supported by both {before} and {after}";
}
