using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace UpgradeGuard.Tests.Fuzzing;

/// <summary>One edit of a manifest: its kind and two free numbers the kind picks its place and its text with.</summary>
public readonly record struct Mutation(MutationKind Kind, int A, int B)
{
    public override string ToString() => $"{Kind}({A},{B})";
}

public enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    FlipCharacter,
    Truncate,
    InsertSyntax,
    Reindent,
    ReplaceValue,
    ExtremeValue,
    SwapValues,
    RenameKey,
    InsertSnippet,
    LineOfAnotherManifest,
    DeepNesting,
    UnicodeLineBreak,
    LoneSurrogate,
    Tabs,
    ByteOrderMark,
    LineEnds,
    ReplaceVersion,
    LongLine,
    Comment,
    KeyedExtreme,
}

/// <summary>How the mutated text becomes the file's bytes.</summary>
public enum ByteForm
{
    Utf8,
    Utf8WithBom,
    FlippedByte,
    InvalidSequence,
    Utf16,
}

/// <summary>
/// Mutations of manifests for property tests and the fuzzing campaign (build/fuzz). Every kind is total over any
/// numbers and any text, and the same inputs always give the same output, so a case is reproduced from its numbers.
/// </summary>
public sealed class ManifestMutator
{
    public static readonly int KindCount = Enum.GetValues(typeof(MutationKind)).Length;
    public static readonly int ByteFormCount = Enum.GetValues(typeof(ByteForm)).Length;

    private const string Specials = ":{}[]&*!|>'\"%@\t#-?,";

    private static readonly string[] Keys =
    {
        "apiVersion", "kind", "metadata", "name", "product", "cluster", "nodes", "version", "tls", "protocols", "database",
        "type", "engine", "schedule", "start", "timeZone", "window", "businessHours", "days", "end", "holidays", "strategy",
        "sideBySide", "deployVersion", "addresses", "upgrade", "to", "steps", "snapshot", "timeout", "onTimeout", "shutdown",
        "backup-database", "upgrade-database", "migrate-audit-logs", "switch-traffic", "environment-backup", "<<", "\"to\"",
        "'nodes'", "? cluster", "Kind", "TIMEZONE", "nodes ", "ver sion", "steps\u00e9", "",
    };

    private static readonly string[] Values =
    {
        "5.3.2", "5.4.0", "5.4.4", "5.5.1", "5.6.0", "5.0.6", "5.1.3", "5.2.5", "5.10", "5.7.0", "0.0.0", "5.3.3", "",
        "~", "[]", "{}", "\"\"", "2019", "15.0.4123", "9.4", "2027-03-28T02:30", "PT0S", "0m", "all", "true", "false",
        "null", "1", "sqlserver", "postgresql", "azure-sql", "external", "side-by-side", "in-place", "Europe/Brussels",
        "UTC", "Etc/GMT+14", "abort", "continue", "[mon, sun]", "{start: \"08:00\", end: \"18:00\"}", "*a", "&a x", "!!int 3",
    };

    private static readonly string[] Extremes =
    {
        "9999-12-31T23:59", "9999-12-31T23:59+14:00", "0001-01-01T00:00", "0001-01-01T00:00-14:00", "2026-02-30T25:61",
        "9999-12-31", "99999-01-01T00:00", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "99999999999999999999999999999999", "-1", "0", "1e308", "-1e309", ".inf", "-.inf", ".nan", "0x7FFFFFFF", "0o777",
        "P9999999999Y", "PT99999999999H", "P10675199DT2H48M5.4775807S", "99999999h", "2562047788015h", "1h99999999m",
        "-PT1H", "PT-1M", "5.2147483647.0", "5.4.99999999999", "99999.99999.99999", "5.4.4.4.4", "v5.4.4", "5.4.4-rc1",
        "\"99:99\"", "\"24:00\"", "\"00:00\"", "Etc/GMT+99", "../../../etc/passwd", "Europe/Brussels/Extra", "\"\\uD800\"",
        "\"\\x00\"", "\"\\U0010FFFF\"", "'\u0085'", "\"\u2028\"", "\u00e9\u00e9\u00e9", "\U0001F600", "\"2019\"", "!!binary AAAA",
    };

    private static readonly string[] Snippets =
    {
        "", "---", "...", "- ", "? x", "&a", "*a", "*b", "!!str x", "|", ">-", "  - upgrade: 5.4.4", "    - upgrade: 5.5.1",
        "    - snapshot: all", "      database: true", "      shutdown: false", "      onTimeout: reboot", "  timeZone: Europe/Brussels",
        "  start: 2027-03-28T02:30", "  start: 9999-12-31T23:30", "  window: PT6H", "  window: 1h30m", "  version: 5.10",
        "  nodes: 0", "  nodes: 100000", "    - upgrade-database: \"2016\"", "  strategy: side-by-side", "  type: external",
        "  engine: postgresql", "  engine: azure-sql", "%YAML 1.2", "%TAG ! tag:x,2000:", "# upgrade-guard: disable-line",
        "# upgrade-guard: disable-file UG5003", "# upgrade-guard: disable-next-line UG2001, UG4001", "\t", "{", "[", "'", "\"",
        "key: &x [*x]", "a: b: c", "  tls: {protocols: [\"1.0\"]}", "  holidays: [2026-12-25, 9999-12-31]",
        "  businessHours: {days: [sat, sun], start: \"22:00\", end: \"02:00\"}", "    - migrate-audit-logs: true",
        "    - switch-traffic: true", "    - environment-backup: true", "  sideBySide: {deployVersion: 5.3.3, addresses: [10.0.0.1]}",
        "product: awingu", "product: nope", "apiVersion: upgradeguard/v2", "kind: Other", "<<: *a", "x: !!set {a, b}",
        "    - {upgrade: 5.6.0, timeout: 1h}", "    - [snapshot, all]", "    - upgrade: 5.6.0\n      upgrade: 5.5.1",
    };

    /// <summary>Extremes for one key each: the schedule arithmetic's corners (year 9999, far zones, huge windows).</summary>
    private static readonly (string Key, string[] Values)[] KeyedExtremes =
    {
        ("start", new[] { "9999-12-31T23:59", "9999-12-31T23:59-12:00", "9999-12-31T00:00", "9999-12-30T22:00", "0001-01-01T00:00", "0001-01-01T00:00+14:00", "2026-03-29T02:30", "2026-10-25T02:30", "2026-12-31T23:59" }),
        ("timeZone", new[] { "America/Los_Angeles", "Pacific/Kiritimati", "Etc/GMT+12", "Etc/GMT-14", "UTC", "America/St_Johns", "Asia/Kathmandu", "Pacific/Pago_Pago" }),
        ("window", new[] { "99999h", "PT9999999H", "0m", "1m", "P1Y", "9999d", "2562047788015h", "P10675199D" }),
        ("nodes", new[] { "2147483647", "100000", "1000", "0", "-1", "99999999999" }),
        ("timeout", new[] { "99999h", "0m", "PT9999999H", "2562047788015h" }),
        ("holidays", new[] { "[9999-12-31]", "[0001-01-01, 9999-12-31]", "[2026-02-29]" }),
        ("to", new[] { "5.6.0", "99999.0.0", "5.2147483647.0" }),
        ("version", new[] { "5.0.6", "\"2025\"", "\"99999\"", "15.99999999999" }),
    };

    private static readonly string[] LineBreaks = { "\u0085", "\u2028", "\u2029", "\r", "\r\n", "\v", "\f" };

    private static readonly int[] Depths = { 2, 10, 64, 100, 255, 256, 257, 1000, 5000 };

    private static readonly Regex ValuePattern = new Regex(@"(?<=: |- )[^\s#,\]}]+", RegexOptions.CultureInvariant);
    private static readonly Regex KeyPattern = new Regex(@"^(\s*(?:- )?)([^\s:#][^:#\n]*?)(?=:(?:\s|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex VersionPattern = new Regex(@"\d+\.\d+(\.\d+)?", RegexOptions.CultureInvariant);

    private readonly string[] _allLines;

    /// <param name="corpus">The manifests being mutated: a mutation can borrow one of their lines.</param>
    public ManifestMutator(IEnumerable<string> corpus)
    {
        _allLines = corpus.SelectMany(text => text.Split('\n')).DefaultIfEmpty("").ToArray();
    }

    /// <summary>The text after every mutation in turn.</summary>
    public string Apply(string text, IEnumerable<Mutation> mutations)
    {
        foreach (var mutation in mutations) text = Apply(text, mutation);
        return text;
    }

    public string Apply(string text, Mutation mutation)
    {
        int a = mutation.A & int.MaxValue, b = mutation.B & int.MaxValue;
        var lines = text.Split('\n').ToList();
        string Join() => string.Join("\n", lines);
        switch (mutation.Kind)
        {
            case MutationKind.DeleteLine:
                if (lines.Count > 1) lines.RemoveAt(a % lines.Count);
                return Join();
            case MutationKind.DuplicateLine:
                int dup = a % lines.Count;
                lines.Insert(dup, lines[dup]);
                return Join();
            case MutationKind.SwapLines:
                int i = a % lines.Count, j = b % lines.Count;
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return Join();
            case MutationKind.FlipCharacter:
                if (text.Length == 0) return text;
                int flip = a % text.Length;
                char replacement = (b % 4) switch
                {
                    0 => Specials[b / 4 % Specials.Length],
                    1 => (char)('0' + b / 4 % 10),
                    2 => (char)(b / 4 % 0x20),
                    _ => NotSurrogate((char)(b / 4 % 0x10000)),
                };
                return text.Substring(0, flip) + replacement + text.Substring(flip + 1);
            case MutationKind.Truncate:
                return text.Substring(0, a % (text.Length + 1));
            case MutationKind.InsertSyntax:
                return text.Insert(a % (text.Length + 1), new string(Specials[b % Specials.Length], 1 + b / Specials.Length % 3));
            case MutationKind.Reindent:
                int k = a % lines.Count;
                var line = lines[k];
                lines[k] = (b % 5) switch
                {
                    0 => "  " + line,
                    1 => line.StartsWith("  ", StringComparison.Ordinal) ? line.Substring(2) : line,
                    2 => " " + line,
                    3 => new string(' ', 40) + line.TrimStart(' '),
                    _ => line.TrimStart(' '),
                };
                return Join();
            case MutationKind.ReplaceValue:
                return ReplaceMatch(text, ValuePattern, a, Values[b % Values.Length]);
            case MutationKind.ExtremeValue:
                return ReplaceMatch(text, ValuePattern, a, Extremes[b % Extremes.Length]);
            case MutationKind.SwapValues:
                return SwapValues(text, a, b);
            case MutationKind.RenameKey:
                return RenameKey(text, a, b);
            case MutationKind.InsertSnippet:
                lines.Insert(a % (lines.Count + 1), new string(' ', b % 7) + Snippets[b % Snippets.Length]);
                return Join();
            case MutationKind.LineOfAnotherManifest:
                lines.Insert(a % (lines.Count + 1), _allLines[b % _allLines.Length]);
                return Join();
            case MutationKind.DeepNesting:
                lines.Insert(a % (lines.Count + 1), Nesting(b));
                return Join();
            case MutationKind.UnicodeLineBreak:
                string lineBreak = LineBreaks[b % LineBreaks.Length];
                var breaks = Enumerable.Range(0, text.Length).Where(x => text[x] == '\n').ToList();
                if (breaks.Count == 0 || b / LineBreaks.Length % 3 == 0) return text.Insert(a % (text.Length + 1), lineBreak);
                int at = breaks[a % breaks.Count];
                return text.Substring(0, at) + lineBreak + text.Substring(at + 1);
            case MutationKind.LoneSurrogate:
                char surrogate = b % 2 == 0 ? (char)(0xD800 + b / 2 % 0x400) : (char)(0xDC00 + b / 2 % 0x400);
                return text.Insert(a % (text.Length + 1), surrogate.ToString());
            case MutationKind.Tabs:
                int t = a % lines.Count;
                lines[t] = (b % 3) switch
                {
                    0 => Regex.Replace(lines[t], "^ +", m => new string('\t', Math.Max(1, m.Length / 2))),
                    1 => lines[t].Replace(": ", ":\t"),
                    _ => lines[t] + "\t",
                };
                return Join();
            case MutationKind.ByteOrderMark:
                return b % 2 == 0 ? "\uFEFF" + text : text.Insert(a % (text.Length + 1), "\uFEFF");
            case MutationKind.LineEnds:
                var lf = text.Replace("\r\n", "\n");
                return (b % 4) switch
                {
                    0 => lf.Replace("\n", "\r\n"),
                    1 => lf.Replace("\n", "\r"),
                    2 => lf,
                    _ => string.Join("\n", lines.Select((l, n) => n % 2 == 0 ? l + "\r" : l)),
                };
            case MutationKind.ReplaceVersion:
                return ReplaceMatch(text, VersionPattern, a, (b % 3) switch
                {
                    0 => Values[b / 3 % 12],
                    1 => Extremes[b / 3 % Extremes.Length],
                    _ => VersionPattern.Matches(text) is { Count: > 0 } all ? all[b / 3 % all.Count].Value : "5.6.0",
                });
            case MutationKind.LongLine:
                string filler = (b % 3) switch { 0 => new string('x', 20_000), 1 => string.Concat(Enumerable.Repeat("a: ", 2_000)), _ => string.Concat(Enumerable.Repeat("5.", 5_000)) + "0" };
                return ReplaceMatch(text, ValuePattern, a, filler);
            case MutationKind.KeyedExtreme:
                var (key, extremes) = KeyedExtremes[b % KeyedExtremes.Length];
                var places = Regex.Matches(text, @"(?<=^[ \t]*(?:- )?" + key + @":[ \t]*)[^\s#][^\r\n#]*?(?=[ \t]*(?:#|\r|\n|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant);
                if (places.Count == 0) return text;
                var place = places[a % places.Count];
                return text.Substring(0, place.Index) + extremes[b / KeyedExtremes.Length % extremes.Length] + text.Substring(place.Index + place.Length);
            default: // Comment
                int c = a % (lines.Count + 1);
                string comment = (b % 4) switch
                {
                    0 => "# fuzz comment " + b,
                    1 => "# upgrade-guard: disable-next-line UG" + (1000 + b % 6000),
                    2 => "#",
                    _ => "# \u00e9t\u00e9 \U0001F600",
                };
                if (b % 5 == 0 && c < lines.Count) lines[c] += "  " + comment;
                else lines.Insert(c, new string(' ', b % 5) + comment);
                return Join();
        }
    }

    /// <summary>The file's bytes for <paramref name="form"/>; <paramref name="a"/> places a damaged byte.</summary>
    public static byte[] ToBytes(string text, ByteForm form, int a)
    {
        a &= int.MaxValue;
        // A lone surrogate cannot be written as UTF-8: the encoder writes U+FFFD instead, as any editor saving the file would.
        var utf8 = new UTF8Encoding(false, false).GetBytes(text);
        switch (form)
        {
            case ByteForm.Utf8WithBom:
                return new byte[] { 0xEF, 0xBB, 0xBF }.Concat(utf8).ToArray();
            case ByteForm.FlippedByte:
                if (utf8.Length == 0) return utf8;
                utf8[a % utf8.Length] ^= (byte)(1 << (a / 7 % 8));
                return utf8;
            case ByteForm.InvalidSequence:
                byte[][] bad = { new byte[] { 0xC0, 0x80 }, new byte[] { 0xFF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 } };
                var list = utf8.ToList();
                list.InsertRange(a % (list.Count + 1), bad[a / 3 % bad.Length]);
                return list.ToArray();
            case ByteForm.Utf16:
                return new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            default:
                return utf8;
        }
    }

    private static char NotSurrogate(char c) => char.IsSurrogate(c) ? 'x' : c;

    private static string ReplaceMatch(string text, Regex pattern, int a, string replacement)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0) return text;
        var m = matches[a % matches.Count];
        return text.Substring(0, m.Index) + replacement + text.Substring(m.Index + m.Length);
    }

    private static string SwapValues(string text, int a, int b)
    {
        var matches = ValuePattern.Matches(text);
        if (matches.Count < 2) return text;
        var first = matches[a % matches.Count];
        var second = matches[b % matches.Count];
        if (first.Index == second.Index) return text;
        if (first.Index > second.Index) (first, second) = (second, first);
        return text.Substring(0, first.Index) + second.Value + text.Substring(first.Index + first.Length, second.Index - first.Index - first.Length)
               + first.Value + text.Substring(second.Index + second.Length);
    }

    private static string RenameKey(string text, int a, int b)
    {
        var matches = KeyPattern.Matches(text);
        if (matches.Count == 0) return text;
        var key = matches[a % matches.Count].Groups[2];
        string name = key.Value;
        string renamed = (b % 5) switch
        {
            0 => Keys[b / 5 % Keys.Length],
            1 => name.Length > 1 ? name.Remove(b / 5 % name.Length, 1) : name + name,
            2 => name.ToUpperInvariant(),
            3 => "\"" + name + "\"",
            _ => name + Keys[b / 5 % Keys.Length],
        };
        return text.Substring(0, key.Index) + renamed + text.Substring(key.Index + key.Length);
    }

    /// <summary>A line nested <see cref="Depths"/> deep, in flow or block style.</summary>
    private static string Nesting(int b)
    {
        int depth = Depths[b % Depths.Length];
        switch (b / Depths.Length % 4)
        {
            case 0:
                return "deep: " + new string('[', depth) + new string(']', depth);
            case 1:
                return "deep: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth);
            case 2:
                var sb = new StringBuilder("deep:");
                for (int level = 1; level <= Math.Min(depth, 400); level++) sb.Append('\n').Append(' ', level).Append("k:");
                return sb.Append(" 1").ToString();
            default:
                return "deep: " + string.Concat(Enumerable.Repeat("- ", Math.Min(depth, 400))) + "x";
        }
    }
}
