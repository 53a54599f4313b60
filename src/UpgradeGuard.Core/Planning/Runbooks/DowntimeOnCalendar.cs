using NodaTime;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>The downtime placed in time: its start and estimated end, the booked window, and how it meets business hours.</summary>
public sealed class DowntimeOnCalendar
{
    public DowntimeOnCalendar(DateTimeZone zone, Instant start, Duration estimate, Duration? bookedWindow, BusinessHours businessHours, Instant? firstBusinessOverlap)
    {
        Zone = zone;
        Start = start;
        Estimate = estimate;
        BookedWindow = bookedWindow;
        BusinessHours = businessHours;
        FirstBusinessOverlap = firstBusinessOverlap;
    }

    /// <summary>The zone of the start and of business hours.</summary>
    public DateTimeZone Zone { get; }
    public Instant Start { get; }
    public Duration Estimate { get; }
    public Instant EstimatedEnd => Start + Estimate;
    /// <summary>The booked downtime window (a manifest's <c>schedule.window</c>), when there is one.</summary>
    public Duration? BookedWindow { get; }
    public Instant? BookedEnd => BookedWindow is Duration window ? Start + window : (Instant?)null;
    /// <summary>The longer of the booked window and the estimate: the span checked against business hours (as UG5001 does).</summary>
    public Instant End => BookedEnd is Instant booked && booked > EstimatedEnd ? booked : EstimatedEnd;
    public BusinessHours BusinessHours { get; }
    /// <summary>The first instant of [<see cref="Start"/>, <see cref="End"/>) in business hours, or null.</summary>
    public Instant? FirstBusinessOverlap { get; }
    public bool OverlapsBusinessHours => FirstBusinessOverlap != null;
}
