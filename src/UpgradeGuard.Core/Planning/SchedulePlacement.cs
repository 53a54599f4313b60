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
}

/// <summary>Where <c>schedule.start</c> falls in time: the instant, and the zone business hours are counted in.</summary>
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

    public static DateTimeZone? FindZone(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    public static SchedulePlacement Place(ScheduleSection schedule)
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
            var instant = start.Value.Local.WithOffset(offset.Value).ToInstant();
            return new SchedulePlacement(PlacementProblem.None, instant, zone ?? DateTimeZone.ForOffset(offset.Value), null);
        }
        if (zone is null) return Fail(PlacementProblem.NotPlaced);
        var mapping = zone.MapLocal(start.Value.Local);
        if (mapping.Count == 0) return new SchedulePlacement(PlacementProblem.SkippedLocalTime, default, zone, mapping);
        if (mapping.Count > 1) return new SchedulePlacement(PlacementProblem.AmbiguousLocalTime, default, zone, mapping);
        return new SchedulePlacement(PlacementProblem.None, mapping.Single().ToInstant(), zone, mapping);
    }

    private static SchedulePlacement Fail(PlacementProblem problem) => new SchedulePlacement(problem, default, null, null);
}
