using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using static UpgradeGuard.Core.Tests.Robustness.EngineInvariants;

namespace UpgradeGuard.Core.Tests.Robustness;

/// <summary>
/// Property tests: whatever the bytes or text, the engine returns diagnostics (or none) that keep
/// <see cref="EngineInvariants"/>, and never throws. Iterations are modest so the suite stays quick on two cores.
/// </summary>
public sealed class EnginePropertyTests
{
    /// <summary>Modest by default; set UPGRADEGUARD_FUZZ_SCALE (e.g. 100) for a long local fuzzing run.</summary>
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("UPGRADEGUARD_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    private static readonly int Iterations = 600 * Scale;

    private const string Specials = ":{}[]&*!|>'\"%@\t#-?,";

    /// <summary>Characters of YAML syntax and of manifest values, to reach deeper than the tokenizer.</summary>
    private const string YamlAlphabet = ":{}[]&*!|>'\"%@#?,-. \t\n\n\n  0123456789abcdeklmnoprstuvxyzPTHMZ/_\r";

    private static readonly string[] Tokens =
    {
        "apiVersion: upgradeguard/v1\n", "kind: UpgradePlan\n", "cluster:\n", "  nodes: 3\n", "  version: 5.3.2\n",
        "upgrade:\n", "  to: 5.6.0\n", "  steps:\n", "    - snapshot: all\n", "    - upgrade: 5.4.4\n", "      timeout: 4h\n",
        "database:\n", "  type: external\n", "  engine: sqlserver\n", "  version: \"2016\"\n", "schedule:\n",
        "  start: 2026-10-25T02:30\n", "  timeZone: Europe/Brussels\n", "  window: PT6H\n", "  strategy: side-by-side\n",
        "  sideBySide:\n", "    deployVersion: 5.3.2\n", "---\n", "...\n", "&a ", "*a ", "!!str ", "? ", "- ", ": ", "[", "]", "{",
        "}", ",", "|\n", ">-\n", "'", "\"", "#", "# upgrade-guard: disable-line\n", "%YAML 1.2\n", "\t", "  ", "\n", "5.10",
        "\u00e9", "\U0001F600", "\uFEFF", "\u0085", "\u2028", "\0",
    };

    private static readonly string[] Snippets =
    {
        "", "---", "...", "- ", "? x", "&a", "*a", "*b", "!!str x", "|", ">-", "  - upgrade: 5.4.4", "    - upgrade: 5.5.1",
        "    - snapshot: all", "      database: true", "      shutdown: false", "      onTimeout: reboot", "  timeZone: Europe/Brussels",
        "  start: 2027-03-28T02:30", "  start: 2026-10-25T02:30", "  window: PT6H", "  window: 1h30m", "  version: 5.10",
        "  nodes: 0", "    - upgrade-database: \"2016\"", "  strategy: side-by-side", "  type: external", "  engine: postgresql",
        "  engine: azure-sql", "%YAML 1.2", "# upgrade-guard: disable-line", "# upgrade-guard: disable-file UG5003", "\t",
        "{", "[", "'", "\"", "key: &x [*x]", "a: b: c", "  tls: {protocols: [\"1.0\"]}", "  holidays: [2026-12-25]",
        "  businessHours: {days: [sat, sun], start: \"22:00\", end: \"02:00\"}", "    - migrate-audit-logs: true",
        "    - switch-traffic: true", "    - environment-backup: true", "  sideBySide: {deployVersion: 5.3.3, addresses: [10.0.0.1]}",
        "product: awingu", "product: nope", "apiVersion: upgradeguard/v2", "kind: Other",
    };

    private static readonly string[] Values =
    {
        "5.3.2", "5.4.0", "5.4.4", "5.5.1", "5.6.0", "5.0.6", "5.1.3", "5.2.5", "5.10", "5.7.0", "0.0.0", "999999.0.0", "",
        "~", "[]", "{}", "\"\"", "2019", "15.0.4123", "9.4", "2027-03-28T02:30", "PT0S", "0m", "all", "true", "false",
    };

    private static string[] AllLines { get; } = OkManifests.SelectMany(m => m.Text.Split('\n')).ToArray();

    [Fact]
    public void Random_bytes()
    {
        Gen.Byte.Array[0, 1500].Sample(bytes => { Analyze(bytes); }, iter: Iterations);
    }

    [Fact]
    public void Random_mostly_ascii_bytes()
    {
        var gen = Gen.OneOf<byte>(Gen.Byte[32, 126], Gen.Byte[32, 126], Gen.Byte[32, 126], Gen.Byte[9, 13], Gen.Byte).Array[0, 1500];
        gen.Sample(bytes => { Analyze(bytes); }, iter: Iterations);
    }

    [Fact]
    public void Random_strings()
    {
        Gen.String[0, 800].Sample(text => { Analyze(text); }, iter: Iterations);
    }

    [Fact]
    public void Random_strings_of_yaml_characters()
    {
        Gen.Char[YamlAlphabet].Array[0, 800].Select(chars => new string(chars))
            .Sample(text => { Analyze(text); }, iter: Iterations);
    }

    [Fact]
    public void Random_sequences_of_manifest_tokens()
    {
        Gen.Int[0, Tokens.Length - 1].Array[0, 80].Select(picks => string.Concat(picks.Select(i => Tokens[i])))
            .Sample(text => { Analyze(text); Analyze(text, isExplicit: false); }, iter: Iterations);
    }

    [Fact]
    public void Mutations_of_valid_manifests()
    {
        var mutation = Gen.Select(Gen.Int[0, 10], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]);
        Gen.Select(Gen.Int[0, OkManifests.Count - 1], mutation.Array[1, 6])
            .Sample(input =>
            {
                Analyze(Mutate(OkManifests[input.Item1].Text, input.Item2));
            }, iter: 1000 * Scale, print: input => Excerpt(Mutate(OkManifests[input.Item1].Text, input.Item2)));
    }

    [Fact]
    public void Mutations_of_valid_manifests_as_crlf_bytes_with_bom()
    {
        var mutation = Gen.Select(Gen.Int[0, 10], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]);
        Gen.Select(Gen.Int[0, OkManifests.Count - 1], mutation.Array[1, 4])
            .Sample(input =>
            {
                var text = Mutate(OkManifests[input.Item1].Text, input.Item2).Replace("\r\n", "\n").Replace("\n", "\r\n");
                Analyze(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray());
            }, iter: 300 * Scale);
    }

    /// <summary>An invalid byte inserted anywhere in an ASCII manifest: UG1001 alone, exactly at that byte.</summary>
    [Fact]
    public void A_byte_that_is_not_utf8_is_reported_where_it_stands()
    {
        var ascii = OkManifests.Where(m => m.Text.All(c => c < 0x80)).ToList();
        Assert.NotEmpty(ascii);
        Gen.Select(Gen.Int[0, ascii.Count - 1], Gen.Int[0, 1_000_000], Gen.Byte[0x80, 0xFF])
            .Sample((file, position, bad) =>
            {
                var bytes = Encoding.ASCII.GetBytes(ascii[file].Text).ToList();
                int at = position % (bytes.Count + 1);
                bytes.Insert(at, bad);

                var result = Analyze(bytes.ToArray());

                var finding = Assert.Single(result.Diagnostics);
                Assert.Equal("UG1001", finding.Id);
                // A CR right before the bad byte ends its line on its own (it is no longer part of a CRLF).
                Assert.Equal(Position(ascii[file].Text.Substring(0, at), at), (finding.Span.StartLine, finding.Span.StartColumn));
                Assert.Equal(at, finding.Span.StartOffset);
            }, iter: 300 * Scale);
    }

    /// <summary>Applies mutations (kind, a, b) in order; every kind is total over any a and b.</summary>
    internal static string Mutate(string text, (int Kind, int A, int B)[] mutations)
    {
        foreach (var (kind, a, b) in mutations)
        {
            var lines = text.Split('\n').ToList();
            switch (kind)
            {
                case 0: // delete a line
                    if (lines.Count > 1) lines.RemoveAt(a % lines.Count);
                    text = string.Join("\n", lines);
                    break;
                case 1: // insert a snippet line, indented 0-6 spaces
                    lines.Insert(a % (lines.Count + 1), new string(' ', b % 7) + Snippets[b % Snippets.Length]);
                    text = string.Join("\n", lines);
                    break;
                case 2: // duplicate a line
                    int dup = a % lines.Count;
                    lines.Insert(dup, lines[dup]);
                    text = string.Join("\n", lines);
                    break;
                case 3: // flip a character
                    if (text.Length == 0) break;
                    int flip = a % text.Length;
                    char replacement = b % 2 == 0 ? Specials[b / 2 % Specials.Length] : (char)(b % 0x3000);
                    text = text.Substring(0, flip) + replacement + text.Substring(flip + 1);
                    break;
                case 4: // truncate
                    text = text.Substring(0, a % (text.Length + 1));
                    break;
                case 5: // insert YAML special characters
                    int at = a % (text.Length + 1);
                    text = text.Insert(at, new string(Specials[b % Specials.Length], 1 + b / Specials.Length % 3));
                    break;
                case 6: // swap two lines
                    int i = a % lines.Count, j = b % lines.Count;
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    text = string.Join("\n", lines);
                    break;
                case 7: // change indentation
                    int k = a % lines.Count;
                    var line = lines[k];
                    lines[k] = (b % 4) switch
                    {
                        0 => "  " + line,
                        1 => line.StartsWith("  ", StringComparison.Ordinal) ? line.Substring(2) : line,
                        2 => "\t" + line.TrimStart(' '),
                        _ => line.TrimStart(' '),
                    };
                    text = string.Join("\n", lines);
                    break;
                case 8: // replace a value (after ': ' or '- ')
                    var values = Regex.Matches(text, @"(?<=: |- )[^\s#,\]}]+");
                    if (values.Count == 0) break;
                    var m = values[a % values.Count];
                    text = text.Substring(0, m.Index) + Values[b % Values.Length] + text.Substring(m.Index + m.Length);
                    break;
                case 9: // a line of another manifest
                    lines.Insert(a % (lines.Count + 1), AllLines[b % AllLines.Length]);
                    text = string.Join("\n", lines);
                    break;
                default: // replace a version-like token anywhere
                    var versions = Regex.Matches(text, @"\d+\.\d+(\.\d+)?");
                    if (versions.Count == 0) break;
                    var v = versions[a % versions.Count];
                    text = text.Substring(0, v.Index) + Values[b % 12] + text.Substring(v.Index + v.Length);
                    break;
            }
        }
        return text;
    }
}
