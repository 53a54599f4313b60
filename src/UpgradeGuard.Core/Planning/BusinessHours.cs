using System.Collections.Generic;
using System.Linq;
using NodaTime;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning;

/// <summary>The hours users work: days, a daily start and end in the schedule's zone, and holidays.</summary>
public sealed class BusinessHours
{
    public static readonly IReadOnlyList<IsoDayOfWeek> DefaultDays = new[]
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
    };

    public BusinessHours(IEnumerable<IsoDayOfWeek> days, LocalTime start, LocalTime end, IEnumerable<LocalDate> holidays)
    {
        Days = new HashSet<IsoDayOfWeek>(days);
        Start = start;
        End = end;
        Holidays = new HashSet<LocalDate>(holidays);
    }

    public static BusinessHours Default => new BusinessHours(DefaultDays, new LocalTime(8, 0), new LocalTime(18, 0), Enumerable.Empty<LocalDate>());

    public ISet<IsoDayOfWeek> Days { get; }
    public LocalTime Start { get; }
    /// <summary>The daily end; an end at or before the start means the working day runs past midnight.</summary>
    public LocalTime End { get; }
    public ISet<LocalDate> Holidays { get; }

    public static BusinessHours From(ScheduleSection schedule) => new BusinessHours(
        schedule.BusinessDays?.Select(d => d.Value) ?? DefaultDays,
        schedule.BusinessStart is { IsValid: true } s ? s.Value : new LocalTime(8, 0),
        schedule.BusinessEnd is { IsValid: true } e ? e.Value : new LocalTime(18, 0),
        schedule.Holidays.Select(h => h.Value));

    /// <summary>
    /// The first instant of [<paramref name="start"/>, <paramref name="end"/>) that falls in business hours in
    /// <paramref name="zone"/>, or null. Works on instants, so daylight-saving changes inside the window count exactly.
    /// A working day that opens or closes past the end of the calendar (9999-12-31) is cut at it.
    /// </summary>
    public Instant? FirstOverlap(Instant start, Instant end, DateTimeZone zone)
    {
        if (end <= start || Days.Count == 0) return null;
        var startDate = start.InZone(zone).Date;
        // The working day that began the day before may still be open (business hours past midnight).
        var firstDate = startDate == LocalDate.MinIsoValue ? startDate : startDate.PlusDays(-1);
        var lastDate = end.InZone(zone).Date;
        int guard = 0;
        for (LocalDate? next = firstDate; next is LocalDate date && date <= lastDate && guard < 800; next = CalendarEdge.NextDay(date), guard++)
        {
            if (!Days.Contains(date.DayOfWeek) || Holidays.Contains(date)) continue;
            var open = CalendarEdge.AtLenientlyOrEdge(date + Start, zone);
            var closeDate = End > Start ? date : CalendarEdge.NextDay(date);
            var close = closeDate is LocalDate day ? CalendarEdge.AtLenientlyOrEdge(day + End, zone) : Instant.MaxValue;
            if (open < end && start < close)
            {
                return open > start ? open : start;
            }
        }
        return null;
    }
}
