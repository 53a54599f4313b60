using System;
using NodaTime;
using NodaTime.TimeZones;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning;

public enum PlacementProblem
{
    None,
    /// <summary>No start, or a value that could not be read.</summary>
    NotPlaced,
    UnknownTimeZone,
    SkippedLocalTime,
    AmbiguousLocalTime,
    /// <summary>The start itself is after the end of the calendar (9999-12-31) in UTC or in the schedule's zone.</summary>
    StartPastCalendar,
    /// <summary>The start is placed, but the downtime from it would end after the end of the calendar.</summary>
    DowntimePastCalendar,
}

/// <summary>
/// Where <c>schedule.start</c> falls in time: the instant, and the zone business hours are counted in; and, given the
/// estimate, where the downtime ends. Every computation that adds a duration to the start goes through here, so a
/// start late on 9999-12-31 is a problem to report, never an overflow.
/// </summary>
public sealed class SchedulePlacement
{
    private SchedulePlacement(PlacementProblem problem, Instant start, DateTimeZone? zone, ZoneLocalMapping? mapping)
    {
        Problem = problem;
        Start = start;
        Zone = zone;
        Mapping = mapping;
    }

    public PlacementProblem Problem { get; }
    public bool IsPlaced => Problem == PlacementProblem.None;
    public Instant Start { get; }
    public DateTimeZone? Zone { get; }
    /// <summary>For a skipped or ambiguous local time: the zone's mapping, to explain it.</summary>
    public ZoneLocalMapping? Mapping { get; }
    /// <summary>
    /// The downtime (the longer of <c>schedule.window</c> and the estimate), when <see cref="Place(ScheduleSection, long?)"/>
    /// had one; also set for <see cref="PlacementProblem.DowntimePastCalendar"/>.
    /// </summary>
    public Duration? Length { get; private set; }
    /// <summary>What <see cref="Length"/> comes from: "the booked window" or "the estimate".</summary>
    public string LengthBasis { get; private set; } = "";
    /// <summary>Where the downtime ends; null without a length or when it cannot be placed.</summary>
    public Instant? End { get; private set; }

    public static DateTimeZone? FindZone(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    /// <summary>Places the start only (no <see cref="Length"/>, no <see cref="End"/>).</summary>
    public static SchedulePlacement Place(ScheduleSection schedule) => PlaceStart(schedule);

    /// <summary>
    /// Places the start and the downtime from it: the longer of <c>schedule.window</c> and
    /// <paramref name="estimateMinutes"/>. A downtime that would end after 9999-12-31 (in UTC or in the zone) is
    /// <see cref="PlacementProblem.DowntimePastCalendar"/>. Without a window or an estimate, the start only.
    /// </summary>
    public static SchedulePlacement Place(ScheduleSection schedule, long? estimateMinutes)
    {
        var placement = PlaceStart(schedule);
        if (!placement.IsPlaced) return placement;
        var length = Downtime.Length(schedule, estimateMinutes, out var basis);
        if (length is null) return placement;
        var end = CalendarEdge.Add(placement.Start, length.Value, placement.Zone!);
        var result = end is null
            ? new SchedulePlacement(PlacementProblem.DowntimePastCalendar, placement.Start, placement.Zone, placement.Mapping)
            : placement;
        result.Length = length;
        result.LengthBasis = basis;
        result.End = end;
        return result;
    }

    private static SchedulePlacement PlaceStart(ScheduleSection schedule)
    {
        if (schedule.Start is not { IsValid: true } start) return Fail(PlacementProblem.NotPlaced);
        DateTimeZone? zone = null;
        if (schedule.TimeZone != null)
        {
            if (!schedule.TimeZone.IsValid) return Fail(PlacementProblem.NotPlaced);
            zone = FindZone(schedule.TimeZone.Value);
            if (zone is null) return Fail(PlacementProblem.UnknownTimeZone);
        }
        var offset = start.Value.Offset;
        if (offset != null)
        {
            var businessZone = zone ?? DateTimeZone.ForOffset(offset.Value);
            var instant = CalendarEdge.ToInstant(start.Value.Local.WithOffset(offset.Value), businessZone);
            return instant is null
                ? new SchedulePlacement(PlacementProblem.StartPastCalendar, default, businessZone, null)
                : new SchedulePlacement(PlacementProblem.None, instant.Value, businessZone, null);
        }
        if (zone is null) return Fail(PlacementProblem.NotPlaced);
        var mapping = zone.MapLocal(start.Value.Local);
        if (mapping.Count == 0) return new SchedulePlacement(PlacementProblem.SkippedLocalTime, default, zone, mapping);
        if (mapping.Count > 1) return new SchedulePlacement(PlacementProblem.AmbiguousLocalTime, default, zone, mapping);
        var placed = CalendarEdge.ToInstant(mapping.First().ToOffsetDateTime(), zone);
        return placed is null
            ? new SchedulePlacement(PlacementProblem.StartPastCalendar, default, zone, mapping)
            : new SchedulePlacement(PlacementProblem.None, placed.Value, zone, mapping);
    }

    private static SchedulePlacement Fail(PlacementProblem problem) => new SchedulePlacement(problem, default, null, null);
}
