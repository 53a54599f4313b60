using System.Globalization;
using System.Linq;
using NodaTime;
using UpgradeGuard.Core.Planning;
using NodaTime.Text;

namespace UpgradeGuard.Core.Rules.Schedule;

/// <summary>How schedule messages write times: <c>Mon 2026-12-07 08:00</c>.</summary>
internal static class ScheduleText
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.Create("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Local(Instant instant, DateTimeZone zone) => Pattern.Format(instant.InZone(zone).LocalDateTime);

    public static string Local(LocalDateTime local) => Pattern.Format(local);

    /// <summary><c>Mon 2026-12-07 07:00</c> in UTC.</summary>
    public static string Utc(Instant instant) => Pattern.Format(instant.InUtc().LocalDateTime);

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

    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    /// <summary><c>+02:00</c>.</summary>
    public static string Offset(Offset offset) => OffsetText.Format(offset);

    public static string ZoneName(DateTimeZone zone) => zone.Id;
}
