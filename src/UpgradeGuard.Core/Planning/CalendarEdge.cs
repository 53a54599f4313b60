using System;
using NodaTime;

namespace UpgradeGuard.Core.Planning;

/// <summary>
/// NodaTime's calendar ends on 9999-12-31, for instants (UTC) and for local dates alike: an instant plus a duration
/// that runs past it, or an instant whose local time in a zone falls in year 10000, throws. Schedule arithmetic asks
/// here instead, and gets null (or, for business hours, the edge of the calendar) where the answer is off it.
/// </summary>
public static class CalendarEdge
{
    /// <summary>The instant of <paramref name="local"/>, or null when it or its local time in <paramref name="zone"/> is off the calendar.</summary>
    public static Instant? ToInstant(OffsetDateTime local, DateTimeZone zone)
    {
        try
        {
            var instant = local.ToInstant();
            return InZoneExists(instant, zone) ? instant : (Instant?)null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary><paramref name="start"/> + <paramref name="length"/>, or null when the end (in UTC or in <paramref name="zone"/>) is off the calendar.</summary>
    public static Instant? Add(Instant start, Duration length, DateTimeZone zone)
    {
        try
        {
            var end = start + length;
            return InZoneExists(end, zone) ? end : (Instant?)null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="local"/> in <paramref name="zone"/> (a skipped time moves forward, a repeated one takes the earlier
    /// offset), or the first or last instant of the calendar when that falls off it.
    /// </summary>
    public static Instant AtLenientlyOrEdge(LocalDateTime local, DateTimeZone zone)
    {
        try
        {
            return zone.AtLeniently(local).ToInstant();
        }
        catch (Exception ex) when (ex is OverflowException || ex is ArgumentOutOfRangeException)
        {
            return local.Year > 0 ? Instant.MaxValue : Instant.MinValue;
        }
    }

    /// <summary>The day after <paramref name="date"/>, or null after the last day of the calendar.</summary>
    public static LocalDate? NextDay(LocalDate date)
    {
        try
        {
            return date.PlusDays(1);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool InZoneExists(Instant instant, DateTimeZone zone)
    {
        try
        {
            _ = instant.InZone(zone).LocalDateTime;
            _ = instant.InUtc().LocalDateTime;
            return true;
        }
        catch (Exception ex) when (ex is OverflowException || ex is ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
