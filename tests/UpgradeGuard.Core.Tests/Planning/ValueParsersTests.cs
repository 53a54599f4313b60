using System.Linq;
using NodaTime;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>ValueParsers and ProductVersion: the manifest's value formats.</summary>
public sealed class ValueParsersTests
{
    [Theory]
    [InlineData("90m", 90)]
    [InlineData("6h", 360)]
    [InlineData("1h30m", 90)]
    [InlineData("1h 30m", 90)]
    [InlineData("90min", 90)]
    [InlineData("2d", 2880)]
    [InlineData("45m", 45)]
    [InlineData(" 6h ", 360)]
    [InlineData("PT6H", 360)]
    [InlineData("PT1H30M", 90)]
    [InlineData("PT90M", 90)]
    [InlineData("P1D", 1440)]
    [InlineData("P1DT2H", 1560)]
    [InlineData("PT3600S", 60)]
    public void Durations(string text, int minutes)
    {
        Assert.True(ValueParsers.TryParseDuration(text, out var duration));
        Assert.Equal(Duration.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("6")]
    [InlineData("h")]
    [InlineData("6 hours")]
    [InlineData("6H")]
    [InlineData("1.5h")]
    [InlineData("-1h")]
    [InlineData("30m1h")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("PT6")]
    [InlineData("P6H")]
    [InlineData("pt6h")]
    [InlineData("PT1.5H")]
    [InlineData("06:00")]
    [InlineData("6h30")]
    [InlineData("99999999999999999999h")]
    [InlineData("1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h")]
    public void Malformed_durations(string text)
    {
        Assert.False(ValueParsers.TryParseDuration(text, out _));
    }

    [Theory]
    [InlineData("2026-12-05T22:00", "2026-12-05T22:00:00", null)]
    [InlineData("2026-12-05T22:00:30", "2026-12-05T22:00:30", null)]
    [InlineData("2026-12-05 22:00", "2026-12-05T22:00:00", null)]
    [InlineData("2026-12-05t22:00", "2026-12-05T22:00:00", null)]
    [InlineData("2026-12-05T22:00Z", "2026-12-05T22:00:00", 0)]
    [InlineData("2026-12-05T22:00z", "2026-12-05T22:00:00", 0)]
    [InlineData("2026-12-05T22:00+01:00", "2026-12-05T22:00:00", 3600)]
    [InlineData("2026-12-05T22:00:59-05:30", "2026-12-05T22:00:59", -19800)]
    [InlineData("2026-12-05T22:00+0100", "2026-12-05T22:00:00", 3600)]
    [InlineData("2026-12-05T22:00+01", "2026-12-05T22:00:00", 3600)]
    [InlineData("2026-12-05T22:00 +01:00", "2026-12-05T22:00:00", 3600)]
    [InlineData("2026-12-05T22:00+18:00", "2026-12-05T22:00:00", 64800)]
    [InlineData("2026-12-05T22:00-18:00", "2026-12-05T22:00:00", -64800)]
    [InlineData("2028-02-29T00:00", "2028-02-29T00:00:00", null)]
    public void Date_times(string text, string local, int? offsetSeconds)
    {
        Assert.True(ValueParsers.TryParseDateTime(text, out var parsed, out var offset));
        Assert.Equal(local, NodaTime.Text.LocalDateTimePattern.GeneralIso.Format(parsed));
        Assert.Equal(offsetSeconds, offset?.Seconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-12-05")]
    [InlineData("22:00")]
    [InlineData("2026-12-05T22")]
    [InlineData("2026-13-05T22:00")]
    [InlineData("2026-02-29T22:00")]
    [InlineData("2026-12-32T22:00")]
    [InlineData("2026-12-05T24:00")]
    [InlineData("2026-12-05T22:60")]
    [InlineData("2026-12-05T22:00:60")]
    [InlineData("2026-12-05T22:00+19:00")]
    [InlineData("2026-12-05T22:00+01:60")]
    [InlineData("2026-12-05T22:00 CET")]
    [InlineData("26-12-05T22:00")]
    [InlineData("Saturday 5 December, 22:00")]
    [InlineData("2026-12-05T22:00.000")]
    public void Malformed_date_times(string text)
    {
        Assert.False(ValueParsers.TryParseDateTime(text, out _, out _));
    }

    /// <summary>
    /// Regression (fixed in src): an offset inside 19:00 but beyond NodaTime's +-18:00 range passed the hours &lt;= 18 check and then
    /// Offset.FromSeconds threw ArgumentOutOfRangeException instead of the parser returning false.
    /// </summary>
    [Theory]
    [InlineData("2026-12-05T22:00+18:30")]
    [InlineData("2026-12-05T22:00-18:01")]
    [InlineData("2026-12-05T22:00-1859")]
    public void Offsets_beyond_18_hours_are_malformed_not_a_crash(string text)
    {
        var parsed = Record(() => ValueParsers.TryParseDateTime(text, out _, out _));

        Assert.Null(parsed.Error);
        Assert.False(parsed.Value);
    }

    /// <summary>
    /// Regression (fixed in src): the patterns used \d, which in .NET matches every Unicode decimal digit (Arabic-Indic, Devanagari,
    /// full-width...), and then int.Parse/long.Parse with the invariant culture threw FormatException. Such
    /// values must be malformed (false), never an exception.
    /// </summary>
    [Theory]
    [InlineData("duration", "\u0666h")]           // ARABIC-INDIC DIGIT SIX
    [InlineData("duration", "PT\uFF16H")]         // FULLWIDTH DIGIT SIX
    [InlineData("date-time", "2026-12-05T22:0\u0660")]
    [InlineData("date-time", "\u0968\u0966\u0968\u096C-12-05T22:00")] // Devanagari 2026
    [InlineData("date", "2026-12-2\u0665")]
    [InlineData("time", "0\u0668:00")]
    public void Unicode_digits_are_malformed_not_a_crash(string kind, string text)
    {
        var parsed = Record(() => kind switch
        {
            "duration" => ValueParsers.TryParseDuration(text, out _),
            "date-time" => ValueParsers.TryParseDateTime(text, out _, out _),
            "date" => ValueParsers.TryParseDate(text, out _),
            _ => ValueParsers.TryParseTimeOfDay(text, out _),
        });

        Assert.Null(parsed.Error);
        Assert.False(parsed.Value);
    }

    [Theory]
    [InlineData("2026-12-25", 2026, 12, 25)]
    [InlineData(" 2027-01-01 ", 2027, 1, 1)]
    [InlineData("2028-02-29", 2028, 2, 29)]
    public void Dates(string text, int year, int month, int day)
    {
        Assert.True(ValueParsers.TryParseDate(text, out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-12-25T00:00")]
    [InlineData("25/12/2026")]
    [InlineData("2026-1-1")]
    public void Malformed_dates(string text)
    {
        Assert.False(ValueParsers.TryParseDate(text, out _));
    }

    [Theory]
    [InlineData("08:00", 8, 0)]
    [InlineData("8:00", 8, 0)]
    [InlineData("18:00", 18, 0)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void Times_of_day(string text, int hour, int minute)
    {
        Assert.True(ValueParsers.TryParseTimeOfDay(text, out var time));
        Assert.Equal(new LocalTime(hour, minute), time);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("08:60")]
    [InlineData("0800")]
    [InlineData("8am")]
    [InlineData("08:00:00")]
    [InlineData("")]
    public void Malformed_times_of_day(string text)
    {
        Assert.False(ValueParsers.TryParseTimeOfDay(text, out _));
    }

    [Theory]
    [InlineData("Europe/Brussels", true)]
    [InlineData("UTC", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("Etc/GMT+1", true)]
    [InlineData("Europe/Brusels", true)] // shaped like an id; unknown is UG5005, not UG1006
    [InlineData("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", false)]
    [InlineData("Romance Standard Time", false)]
    [InlineData("", false)]
    [InlineData("/Europe", false)]
    [InlineData("Europe/", false)]
    public void Time_zone_ids(string text, bool shaped)
    {
        Assert.Equal(shaped, ValueParsers.IsTimeZoneIdShaped(text));
    }

    [Theory]
    [InlineData("5.6.0", 5, 6, 0)]
    [InlineData("5.10.0", 5, 10, 0)]
    [InlineData("10.0.1", 10, 0, 1)]
    public void Versions(string text, int major, int minor, int patch)
    {
        Assert.True(ProductVersion.TryParse(text, out var version));
        Assert.Equal(new ProductVersion(major, minor, patch), version);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData("5.10")]
    [InlineData("5.1")]
    [InlineData("5")]
    [InlineData("5.6.0.1")]
    [InlineData("v5.6.0")]
    [InlineData("5.6.x")]
    [InlineData("5..0")]
    [InlineData("5.6.-1")]
    [InlineData("5.6.0 ")]
    [InlineData("5.\u0666.0")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_versions(string? text)
    {
        Assert.False(ProductVersion.TryParse(text, out _));
    }

    [Fact]
    public void Versions_compare_numerically_by_component()
    {
        Assert.True(V("5.10.0") > V("5.9.0"));
        Assert.True(V("5.6.0") > V("5.5.1"));
        Assert.True(V("5.4.10") > V("5.4.4"));
        Assert.Equal(new[] { "5.2.5", "5.4.4", "5.10.0" }, new[] { V("5.10.0"), V("5.2.5"), V("5.4.4") }.OrderBy(v => v).Select(v => v.ToString()));
    }

    [Theory]
    [InlineData("5.10", "5.10")]
    [InlineData("\"5.10\"", "5.10")]
    [InlineData("'5.10'", "5.10")]
    [InlineData("5.10.0", null)]
    public void The_manifest_keeps_5_10_as_the_text_written_never_the_float_5_1(string written, string? malformedText)
    {
        var result = Analyze(Manifest(1, written, "5.6.0", "5.6.0"));
        var version = result.Manifest!.Cluster!.Version!;

        if (malformedText is null)
        {
            Assert.True(version.IsValid);
            Assert.Equal(new ProductVersion(5, 10, 0), version.Value);
            return;
        }
        Assert.False(version.IsValid);
        Assert.Equal(malformedText, version.Text);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "UG1006");
        Assert.Contains("'5.10'", finding.Message);
        Assert.Equal(5, finding.Span.StartLine);
        Assert.Equal(12, finding.Span.StartColumn);
        Assert.Equal(12 + written.Length, finding.Span.EndColumn);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UG2002");
    }

    private static (bool Value, System.Exception? Error) Record(System.Func<bool> parse)
    {
        try
        {
            return (parse(), null);
        }
        catch (System.Exception ex)
        {
            return (false, ex);
        }
    }
}
