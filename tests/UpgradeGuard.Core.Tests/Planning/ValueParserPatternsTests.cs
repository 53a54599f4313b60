using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>
/// The hand-written readers of durations, dates, times of day and time-zone ids (they replaced the regexes on the hot
/// path; docs/performance.md) give the patterns' answer on every text: the texts a manifest writes, edge cases, and
/// random texts over each format's own characters (a fixed seed, so a failure repeats).
/// </summary>
public sealed class ValueParserPatternsTests
{
    private static IEnumerable<string> Texts(string alphabet, IEnumerable<string> cases, int seed)
    {
        foreach (var text in cases) yield return text;
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (int n = 0; n < 50_000; n++)
        {
            builder.Clear();
            int length = random.Next(0, 14);
            for (int i = 0; i < length; i++) builder.Append(alphabet[random.Next(alphabet.Length)]);
            yield return builder.ToString();
        }
    }

    [Fact]
    public void Durations_read_as_the_patterns_read_them()
    {
        var cases = new[]
        {
            "90m", "6h", "1h30m", "1h 30m", "90min", "2d", "45m", " 6h ", "PT6H", "1min30s", "1mins", "1mi", "1m in", "0m", "0h0m",
            "9999d", "10000d", "99999h", "100000h", "999999m", "1000000m", "9999999s", "10000000s", "1d1h1m1s", "1s1m", "1h1h",
            "m", "min", "h30m", "30", "30\n", "30m\n", "\t30m", "1\u00A0h", "\u0666h", "1H", "6H", "1.5h", "-1h",
        };
        foreach (var text in Texts("0123456789dhmins PT\t", cases, 15))
        {
            bool pattern = text.Trim() is { Length: > 0 and <= 40 } t ? ValueParsers.TryParseDurationByPattern(t, out var expected) : Fail(out expected);
            Assert.True(pattern == ValueParsers.TryParseDuration(text, out var actual), $"'{text}'");
            Assert.True(expected == actual, $"'{text}': {expected} against {actual}");
        }
    }

    [Fact]
    public void Dates_read_as_the_pattern_reads_them()
    {
        var cases = new[] { "2026-12-25", " 2026-12-25 ", "2026-02-29", "2028-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "2026-1-05", "2026-12-2\u0665", "2026/12/25", "2026-12-25\n" };
        foreach (var text in Texts("0123456789- \n", cases, 16))
        {
            Assert.True(ValueParsers.TryParseDateByPattern(text, out var expected) == ValueParsers.TryParseDate(text, out var actual), $"'{text}'");
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Date_times_read_as_the_pattern_reads_them()
    {
        var cases = new[]
        {
            "2026-12-05T22:00", "2026-12-05t22:00", "2026-12-05 22:00", "2026-12-05T22:00:30", "2026-12-05T22:00Z", "2026-12-05T22:00+01:00",
            "2026-02-29T22:00", "2028-02-29T00:00", "2026-12-05T24:00", "2026-12-05T22:60", "2026-13-05T22:00", "2026-12-05X22:00",
            "2026-12-05T22:0\u0660", " 2026-12-05T22:00 ", "2026-12-05T22:00\n", "2026-12-05\t22:00",
        };
        foreach (var text in Texts("0123456789-:Tt Z+\n", cases, 19).Concat(Texts("0123456789", Array.Empty<string>(), 20).Select(Shaped)))
        {
            bool expected = ValueParsers.TryParseDateTimeByPattern(text, out var expectedLocal, out var expectedOffset);
            Assert.True(expected == ValueParsers.TryParseDateTime(text, out var actualLocal, out var actualOffset), $"'{text}'");
            Assert.Equal(expectedLocal, actualLocal);
            Assert.Equal(expectedOffset, actualOffset);
        }
    }

    /// <summary>Random digits in the usual shape, so that the months, days, hours and minutes out of range are tried.</summary>
    private static string Shaped(string digits)
    {
        var d = (digits + "0000000000000").Substring(0, 12);
        return $"{d.Substring(0, 4)}-{d.Substring(4, 2)}-{d.Substring(6, 2)}T{d.Substring(8, 2)}:{d.Substring(10, 2)}";
    }

    [Fact]
    public void Times_of_day_read_as_the_pattern_reads_them()
    {
        var cases = new[] { "08:00", "8:00", "18:00", "23:59", "24:00", "12:60", "123:00", "08:0", ":00", "08:00\n", " 08:00 ", "0\u0668:00", "08-00" };
        foreach (var text in Texts("0123456789: \n", cases, 17))
        {
            Assert.True(ValueParsers.TryParseTimeOfDayByPattern(text, out var expected) == ValueParsers.TryParseTimeOfDay(text, out var actual), $"'{text}'");
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Time_zone_ids_are_shaped_as_the_pattern_says()
    {
        var cases = new[]
        {
            "Europe/Brussels", "UTC", "Etc/GMT+1", "America/Argentina/Buenos_Aires", "A/B/C/D", "A/B/C/D/E", "A//B", "A/", "/A", "1A",
            "Europe/Brussels\n", "Europe/Brussels\n\n", "\n", "", "Europe/Brussels ", "Éurope/Brussels", new string('A', 64), new string('A', 65),
        };
        foreach (var text in Texts("Ab1_+-/ \n\u00C9", cases, 18))
        {
            Assert.True(ValueParsers.IsTimeZoneIdShapedByPattern(text) == ValueParsers.IsTimeZoneIdShaped(text), $"'{text}'");
        }
    }

    private static bool Fail(out Duration duration)
    {
        duration = Duration.Zero;
        return false;
    }
}
