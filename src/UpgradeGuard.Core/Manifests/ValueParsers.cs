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
        if (TryParseCompactDuration(t, out bool compact, out long seconds))
        {
            duration = Duration.FromSeconds(seconds);
            return true;
        }
        if (compact) return false;
        return TryParseDurationByPattern(t, out duration);
    }

    /// <summary>The patterns alone (the reference for the compact reader's tests).</summary>
    internal static bool TryParseDurationByPattern(string t, out Duration duration)
    {
        duration = Duration.Zero;
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

    /// <summary>
    /// The short form without spaces (<c>90m</c>, <c>4h</c>, <c>1h30m</c>, <c>2d</c>), as almost every manifest writes it,
    /// read without the regex (which costs more than the rest of binding a step). <paramref name="compact"/> is false
    /// when the text has any other character (spaces, ISO-8601): the patterns read it. Same result as
    /// <see cref="ShortDuration"/> on the texts it reads: units in the order d, h, m (or min), s, each at most once, with
    /// at most 4, 5, 6 and 7 ASCII digits.
    /// </summary>
    private static bool TryParseCompactDuration(string t, out bool compact, out long seconds)
    {
        seconds = 0;
        compact = false;
        foreach (char c in t)
        {
            if (!((c >= '0' && c <= '9') || c == 'd' || c == 'h' || c == 'm' || c == 'i' || c == 'n' || c == 's')) return false;
        }
        compact = true;
        int i = 0, lastUnit = -1;
        while (i < t.Length)
        {
            int digitsStart = i;
            long value = 0;
            while (i < t.Length && t[i] >= '0' && t[i] <= '9') value = value * 10 + (t[i++] - '0');
            int digits = i - digitsStart;
            if (digits == 0 || i == t.Length) return false;
            int unit, maxDigits;
            long unitSeconds;
            switch (t[i])
            {
                case 'd': unit = 0; maxDigits = 4; unitSeconds = 86400; break;
                case 'h': unit = 1; maxDigits = 5; unitSeconds = 3600; break;
                case 'm': unit = 2; maxDigits = 6; unitSeconds = 60; break;
                case 's': unit = 3; maxDigits = 7; unitSeconds = 1; break;
                default: return false;
            }
            if (unit <= lastUnit || digits > maxDigits) return false;
            i++;
            if (unit == 2 && i + 1 < t.Length && t[i] == 'i' && t[i + 1] == 'n') i += 2;
            lastUnit = unit;
            seconds += value * unitSeconds;
        }
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
        var t = text.Trim();
        // The usual form, YYYY-MM-DDTHH:mm without seconds or offset, read without the regex; the pattern reads the rest.
        if (t.Length == 16 && t[4] == '-' && t[7] == '-' && (t[10] == 'T' || t[10] == 't' || t[10] == ' ') && t[13] == ':'
            && Digits(t, 0, 4, out int year) && Digits(t, 5, 2, out int month) && Digits(t, 8, 2, out int day)
            && Digits(t, 11, 2, out int hour) && Digits(t, 14, 2, out int minute))
        {
            try
            {
                local = new LocalDateTime(year, month, day, hour, minute, 0);
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }
        return TryParseDateTimeByPattern(t, out local, out offset);
    }

    internal static bool TryParseDateTimeByPattern(string text, out LocalDateTime local, out Offset? offset)
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
        var t = text.Trim();
        // YYYY-MM-DD exactly, as DatePattern reads it, without the regex.
        if (t.Length != 10 || t[4] != '-' || t[7] != '-') return false;
        if (!Digits(t, 0, 4, out int year) || !Digits(t, 5, 2, out int month) || !Digits(t, 8, 2, out int day)) return false;
        try
        {
            date = new LocalDate(year, month, day);
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
        var t = text.Trim();
        // H:mm or HH:mm exactly, as TimePattern reads it, without the regex.
        int colon = t.Length - 3;
        if ((colon != 1 && colon != 2) || t[colon] != ':') return false;
        if (!Digits(t, 0, colon, out int h) || !Digits(t, colon + 1, 2, out int mi)) return false;
        if (h > 23 || mi > 59) return false;
        time = new LocalTime(h, mi);
        return true;
    }

    /// <summary>Whether the text is shaped like an IANA id (<c>Area/Location</c>, <c>UTC</c>); it may still be unknown.</summary>
    public static bool IsTimeZoneIdShaped(string text)
    {
        if (text.Length > 64) return false;
        // TimeZoneIdPattern without the regex: up to four parts between slashes, the first starting with a letter, of
        // ASCII letters, digits, '_', '+' and '-'. Its '$' also matches before a final line feed.
        int end = text.Length > 0 && text[text.Length - 1] == '\n' ? text.Length - 1 : text.Length;
        if (end == 0 || !IsAsciiLetter(text[0])) return false;
        int slashes = 0;
        for (int i = 1; i < end; i++)
        {
            char c = text[i];
            if (c == '/')
            {
                if (++slashes > 3 || i + 1 == end || text[i + 1] == '/') return false;
            }
            else if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    /// <summary>The ASCII digits at <paramref name="start"/> as a number; false when any of them is not an ASCII digit.</summary>
    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>The patterns the hand-written readers above follow (the reference for their tests).</summary>
    internal static bool TryParseDateByPattern(string text, out LocalDate date)
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

    internal static bool TryParseTimeOfDayByPattern(string text, out LocalTime time)
    {
        time = default;
        var m = TimePattern.Match(text.Trim());
        if (!m.Success) return false;
        int h = Int(m, "h"), mi = Int(m, "mi");
        if (h > 23 || mi > 59) return false;
        time = new LocalTime(h, mi);
        return true;
    }

    internal static bool IsTimeZoneIdShapedByPattern(string text) => text.Length <= 64 && TimeZoneIdPattern.IsMatch(text);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>A duration as a manifest writes it: <c>45m</c>, <c>6h</c>, <c>1h30m</c>.</summary>
    public static string ManifestDuration(long minutes)
    {
        if (minutes < 60) return minutes.ToString(CultureInfo.InvariantCulture) + "m";
        long h = minutes / 60, m = minutes % 60;
        return m == 0 ? $"{h}h" : $"{h}h{m}m";
    }
}
