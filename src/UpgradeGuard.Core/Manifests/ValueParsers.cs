using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace UpgradeGuard.Core.Manifests;

/// <summary>Parsers for the manifest's value formats: durations, date-times, dates, times of day, time-zone ids.</summary>
public static class ValueParsers
{
    private static readonly Regex ShortDuration = new Regex(
        @"^(?:(?<d>[0-9]{1,4})d)?\s*(?:(?<h>[0-9]{1,5})h)?\s*(?:(?<m>[0-9]{1,6})m(?:in)?)?\s*(?:(?<s>[0-9]{1,7})s)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex IsoDuration = new Regex(
        @"^P(?:(?<d>[0-9]{1,4})D)?(?:T(?:(?<h>[0-9]{1,5})H)?(?:(?<m>[0-9]{1,6})M)?(?:(?<s>[0-9]{1,7})S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex DateTimePattern = new Regex(
        @"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})[Tt ](?<h>[0-9]{2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?\s*(?<off>Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex DatePattern = new Regex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex TimePattern = new Regex(@"^(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex TimeZoneIdPattern = new Regex(@"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,3}$", RegexOptions.CultureInvariant);

    /// <summary><c>90m</c>, <c>6h</c>, <c>1h30m</c>, <c>2d</c> or ISO-8601 <c>PT6H</c>, <c>PT1H30M</c>.</summary>
    public static bool TryParseDuration(string text, out Duration duration)
    {
        duration = Duration.Zero;
        var t = text.Trim();
        if (t.Length == 0 || t.Length > 40) return false;
        var match = t.StartsWith("P", StringComparison.Ordinal) ? IsoDuration.Match(t) : ShortDuration.Match(t);
        if (!match.Success) return false;
        bool any = false;
        long total = 0;
        total += Part(match, "d", 86400, ref any);
        total += Part(match, "h", 3600, ref any);
        total += Part(match, "m", 60, ref any);
        total += Part(match, "s", 1, ref any);
        if (!any) return false;
        duration = Duration.FromSeconds(total);
        return true;
    }

    private static long Part(Match match, string group, long seconds, ref bool any)
    {
        var g = match.Groups[group];
        if (!g.Success) return 0;
        any = true;
        return long.Parse(g.Value, CultureInfo.InvariantCulture) * seconds;
    }

    /// <summary><c>2026-12-05T22:00</c>, optionally with seconds and an offset (<c>Z</c>, <c>+01:00</c>).</summary>
    public static bool TryParseDateTime(string text, out LocalDateTime local, out Offset? offset)
    {
        local = default;
        offset = null;
        var m = DateTimePattern.Match(text.Trim());
        if (!m.Success) return false;
        try
        {
            int seconds = m.Groups["s"].Success ? Int(m, "s") : 0;
            local = new LocalDateTime(Int(m, "y"), Int(m, "mo"), Int(m, "d"), Int(m, "h"), Int(m, "mi"), seconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        var off = m.Groups["off"];
        if (off.Success)
        {
            if (off.Value == "Z" || off.Value == "z")
            {
                offset = Offset.Zero;
            }
            else
            {
                var digits = off.Value.Substring(1).Replace(":", "");
                int hours = int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture);
                int minutes = digits.Length >= 4 ? int.Parse(digits.Substring(2, 2), CultureInfo.InvariantCulture) : 0;
                int seconds = hours * 3600 + minutes * 60;
                if (minutes > 59 || seconds > 18 * 3600) return false; // NodaTime offsets span -18:00 to +18:00
                offset = Offset.FromSeconds(off.Value[0] == '-' ? -seconds : seconds);
            }
        }
        return true;
    }

    public static bool TryParseDate(string text, out LocalDate date)
    {
        date = default;
        var m = DatePattern.Match(text.Trim());
        if (!m.Success) return false;
        try
        {
            date = new LocalDate(Int(m, "y"), Int(m, "mo"), Int(m, "d"));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary><c>HH:mm</c> (or <c>H:mm</c>), 00:00 to 23:59.</summary>
    public static bool TryParseTimeOfDay(string text, out LocalTime time)
    {
        time = default;
        var m = TimePattern.Match(text.Trim());
        if (!m.Success) return false;
        int h = Int(m, "h"), mi = Int(m, "mi");
        if (h > 23 || mi > 59) return false;
        time = new LocalTime(h, mi);
        return true;
    }

    /// <summary>Whether the text is shaped like an IANA id (<c>Area/Location</c>, <c>UTC</c>); it may still be unknown.</summary>
    public static bool IsTimeZoneIdShaped(string text) => text.Length <= 64 && TimeZoneIdPattern.IsMatch(text);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>A duration as a manifest writes it: <c>45m</c>, <c>6h</c>, <c>1h30m</c>.</summary>
    public static string ManifestDuration(long minutes)
    {
        if (minutes < 60) return minutes.ToString(CultureInfo.InvariantCulture) + "m";
        long h = minutes / 60, m = minutes % 60;
        return m == 0 ? $"{h}h" : $"{h}h{m}m";
    }
}
