using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace UpgradeGuard.Core.Rules.Schedule;

/// <summary>How schedule messages write times: <c>Mon 2026-12-07 08:00</c>.</summary>
internal static class ScheduleText
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.Create("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Local(Instant instant, DateTimeZone zone) => Pattern.Format(instant.InZone(zone).LocalDateTime);

    public static string Local(LocalDateTime local) => Pattern.Format(local);

    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    /// <summary><c>+02:00</c>.</summary>
    public static string Offset(Offset offset) => OffsetText.Format(offset);

    public static string ZoneName(DateTimeZone zone) => zone.Id;
}
