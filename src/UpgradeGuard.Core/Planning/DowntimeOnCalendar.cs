using NodaTime;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning;

/// <summary>
/// The downtime placed on the calendar, computed once per plan: its start and end in the zone and in UTC, the estimate
/// and the booked window, and the first moment it meets business hours. Rules (UG5001), the hover on
/// <c>schedule.start</c> and the runbook all read it. Exists only when the start is placed and the downtime has a length
/// (a window or an estimate) that ends on the calendar; the start alone (and why it cannot be placed, with the
/// daylight-saving mapping) is <see cref="SchedulePlacement"/>.
/// </summary>
public sealed class DowntimeOnCalendar
{
    private DowntimeOnCalendar(SchedulePlacement placement, Instant end, Duration length, Duration? estimate, Instant? estimatedEnd,
        Duration? bookedWindow, Instant? bookedEnd, BusinessHours businessHours, Instant? firstBusinessOverlap)
    {
        Placement = placement;
        Zone = placement.Zone!;
        Start = placement.Start;
        End = end;
        Length = length;
        Estimate = estimate;
        EstimatedEnd = estimatedEnd;
        BookedWindow = bookedWindow;
        BookedEnd = bookedEnd;
        BusinessHours = businessHours;
        FirstBusinessOverlap = firstBusinessOverlap;
    }

    /// <summary>Where the start falls (with the zone's mapping of the local time).</summary>
    public SchedulePlacement Placement { get; }
    /// <summary>The zone of the start and of business hours.</summary>
    public DateTimeZone Zone { get; }
    public Instant Start { get; }
    /// <summary>The downtime: the longer of the booked window and the estimate (the span UG5001 checks).</summary>
    public Duration Length { get; }
    /// <summary>What <see cref="Length"/> comes from: "the booked window" or "the estimate".</summary>
    public string LengthBasis => Placement.LengthBasis;
    /// <summary><see cref="Start"/> + <see cref="Length"/>.</summary>
    public Instant End { get; }
    /// <summary>The plan's estimate; null when a hop cannot be estimated or the nodes are unknown.</summary>
    public Duration? Estimate { get; }
    public Instant? EstimatedEnd { get; }
    /// <summary>The booked downtime window (<c>schedule.window</c>), when there is one.</summary>
    public Duration? BookedWindow { get; }
    public Instant? BookedEnd { get; }
    public BusinessHours BusinessHours { get; }
    /// <summary>The first instant of [<see cref="Start"/>, <see cref="End"/>) in business hours, or null.</summary>
    public Instant? FirstBusinessOverlap { get; }
    public bool OverlapsBusinessHours => FirstBusinessOverlap != null;

    /// <summary>The downtime of <paramref name="placement"/>, or null when it is not placed or has no end.</summary>
    public static DowntimeOnCalendar? From(SchedulePlacement placement, ScheduleSection schedule, long? estimateMinutes)
    {
        if (!placement.IsPlaced || placement.End is not Instant end || placement.Length is not Duration length) return null;
        var zone = placement.Zone!;
        Duration? estimate = estimateMinutes is long minutes ? Duration.FromMinutes(minutes) : (Duration?)null;
        Duration? window = schedule.Window is { IsValid: true } w ? w.Value : (Duration?)null;
        // Both are at most the length, which ends on the calendar.
        Instant? estimatedEnd = estimate is Duration e ? CalendarEdge.Add(placement.Start, e, zone) : null;
        Instant? bookedEnd = window is Duration b ? CalendarEdge.Add(placement.Start, b, zone) : null;
        var hours = BusinessHours.From(schedule);
        var overlap = hours.FirstOverlap(placement.Start, end, zone);
        return new DowntimeOnCalendar(placement, end, length, estimate, estimatedEnd, window, bookedEnd, hours, overlap);
    }
}
