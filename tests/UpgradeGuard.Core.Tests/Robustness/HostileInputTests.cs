using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using static UpgradeGuard.Core.Tests.Robustness.EngineInvariants;

namespace UpgradeGuard.Core.Tests.Robustness;

/// <summary>Named hostile inputs: each is analysed (never throws, invariants hold) and its outcome pinned down.</summary>
public sealed class HostileInputTests
{
    /// <summary>A clean manifest (no diagnostics) to build on.</summary>
    private const string Clean =
        "apiVersion: upgradeguard/v1\n" +   // 1
        "kind: UpgradePlan\n" +             // 2
        "metadata:\n" +                     // 3
        "  name: lab\n" +                   // 4
        "cluster:\n" +                      // 5
        "  nodes: 1\n" +                    // 6
        "  version: 5.5.1\n" +              // 7
        "schedule:\n" +                     // 8
        "  start: 2026-12-05T22:00\n" +     // 9
        "  timeZone: Europe/Brussels\n" +   // 10
        "  window: 2h\n" +                  // 11
        "upgrade:\n" +                      // 12
        "  to: 5.6.0\n" +                   // 13
        "  steps:\n" +                      // 14
        "    - snapshot: all\n" +           // 15
        "    - upgrade: 5.6.0\n";           // 16

    private static string Ids(AnalysisResult result) => string.Join(" ", result.Diagnostics.Select(d => d.Id));

    private static string Describe(AnalysisResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => $"{d.Id} {d.Span} [{d.Span.StartOffset},{d.Span.EndOffset}] {d.Message}"));

    [Fact]
    public void The_clean_base_manifest_is_clean()
    {
        Assert.Empty(Analyze(Clean).Diagnostics);
    }

    // ---- alias bombs ----

    /// <summary>9 levels of 9 aliases: 9^9 (387 million) "lol"s if expanded. Anchors as a flow list: [&amp;l0 [...], &amp;l1 [*l0 x9], ...].</summary>
    private static string BombList()
    {
        var sb = new StringBuilder("[&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]");
        for (int level = 1; level < 9; level++)
        {
            sb.Append($", &l{level} [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))).Append(']');
        }
        return sb.Append(']').ToString();
    }

    [Fact]
    public void Alias_bomb_under_an_unknown_key()
    {
        var result = Analyze(Clean + "lols: " + BombList() + "\nmore: *l8\n");

        Assert.Equal("UG1002 UG1002", Ids(result));
        Assert.Equal(17, result.Diagnostics[0].Span.StartLine);
        Assert.Contains("'lols'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(18, result.Diagnostics[1].Span.StartLine);
    }

    [Fact]
    public void Alias_bomb_as_top_level_keys_classic_billion_laughs()
    {
        var sb = new StringBuilder(Clean).Append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        foreach (var (name, previous) in "bcdefghi".Select((c, i) => (c, "abcdefgh"[i])))
        {
            sb.Append($"{name}: &{name} [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var result = Analyze(sb.ToString());

        Assert.Equal(9, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("UG1002", d.Id));
    }

    [Fact]
    public void Alias_bomb_under_known_keys()
    {
        var text = Clean
            .Replace("  name: lab\n", "  name: " + BombList() + "\n")
            .Replace("  version: 5.5.1\n", "  version: 5.5.1\n  addresses: *l8\n  tls: {protocols: *l8}\n")
            .Replace("  window: 2h\n", "  window: 2h\n  holidays: *l8\n  businessHours: {days: *l8}\n");

        var result = Analyze(text);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Id, new[] { "UG1002", "UG1006" }));
        Assert.True(result.Diagnostics.Count < 100, Describe(result));
        Assert.Contains(result.Diagnostics, d => d.Span.StartLine == 4);
    }

    [Fact]
    public void Alias_bomb_as_the_steps_and_as_a_mapping()
    {
        var sb = new StringBuilder("apiVersion: upgradeguard/v1\nkind: UpgradePlan\nx-anchors:\n  m0: &m0 {a: lol, b: lol, c: lol, d: lol, e: lol, f: lol, g: lol, h: lol, i: lol}\n");
        for (int level = 1; level < 9; level++)
        {
            sb.Append($"  m{level}: &m{level} {{").Append(string.Join(", ", "abcdefghi".Select(k => $"{k}: *m{level - 1}"))).Append("}\n");
        }
        sb.Append("cluster: {nodes: 1, version: 5.5.1}\nschedule: *m8\ndatabase: *m8\nupgrade:\n  to: 5.6.0\n  steps: [*m8, *m8, *m8, *m8, *m8, *m8, *m8, *m8, *m8]\n");

        var result = Analyze(sb.ToString());

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("UG", d.Id, StringComparison.Ordinal));
        Assert.True(result.Diagnostics.Count < 200, Describe(result));
    }

    // ---- 10 MB files ----

    private const int TenMegabytes = 10 * 1024 * 1024;

    private static string CommentBlock(int size, out int lines)
    {
        const string line = "# padding: an unusually long comment block that the scanner must skip quickly .......\n";
        lines = size / line.Length + 1;
        return new StringBuilder(lines * line.Length).Insert(0, line, lines).ToString();
    }

    private static string WithFindings => Clean.Replace("  window: 2h\n", "  window: 5m\n").Replace("    - upgrade: 5.6.0\n", "    - upgrade: 5.6.0\n      timeout: 1m\n");

    [Fact]
    public void Ten_megabytes_of_comments_after_a_manifest_change_nothing()
    {
        var baseline = Analyze(WithFindings);
        var padded = Analyze(WithFindings + CommentBlock(TenMegabytes, out _));

        Assert.NotEmpty(baseline.Diagnostics);
        Assert.Equal(Describe(baseline), Describe(padded));
    }

    [Fact]
    public void Ten_megabytes_of_comments_before_a_manifest_shift_every_line()
    {
        var padding = CommentBlock(TenMegabytes, out int lines);
        var baseline = Analyze(WithFindings);
        var padded = Analyze(padding + WithFindings);

        Assert.Equal(baseline.Diagnostics.Select(d => (d.Id, d.Span.StartLine + lines, d.Span.StartColumn, d.Span.EndLine + lines, d.Span.EndColumn, d.Span.StartOffset + padding.Length, d.Message)),
                     padded.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn, d.Span.EndLine, d.Span.EndColumn, d.Span.StartOffset, d.Message)));
    }

    [Fact]
    public void Ten_megabytes_of_addresses_in_a_flow_list()
    {
        var sb = new StringBuilder(TenMegabytes + 1000).Append(Clean.Substring(0, Clean.IndexOf("schedule:", StringComparison.Ordinal))).Append("  addresses: [");
        int count = 0;
        while (sb.Length < TenMegabytes)
        {
            if (count > 0) sb.Append(", ");
            sb.Append("10.").Append(count >> 16 & 255).Append('.').Append(count >> 8 & 255).Append('.').Append(count & 255);
            count++;
        }
        sb.Append("]\n").Append(Clean.Substring(Clean.IndexOf("schedule:", StringComparison.Ordinal)));

        var result = Analyze(sb.ToString());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(count, result.Manifest!.Cluster!.Addresses.Count);
    }

    [Fact]
    public void Ten_megabytes_of_addresses_in_a_block_list_as_bytes()
    {
        var sb = new StringBuilder(TenMegabytes + 1000).Append(Clean.Substring(0, Clean.IndexOf("schedule:", StringComparison.Ordinal))).Append("  addresses:\n");
        int count = 0;
        while (sb.Length < TenMegabytes)
        {
            sb.Append("    - appliance-").Append(count).Append(".corp.example\n");
            count++;
        }
        sb.Append(Clean.Substring(Clean.IndexOf("schedule:", StringComparison.Ordinal)));

        var result = Analyze(Encoding.UTF8.GetBytes(sb.ToString()));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(count, result.Manifest!.Cluster!.Addresses.Count);
    }

    /// <summary>
    /// Two 5 MB address lists: the reuse check must stay linear (it was O(n x m) once: half an hour for this file).
    /// </summary>
    [Fact]
    public void Ten_megabytes_of_side_by_side_addresses()
    {
        var sb = new StringBuilder(TenMegabytes + 1000)
            .Append("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 1\n  version: 5.3.3\n  addresses: [");
        AppendAddresses(sb, "10.1.", TenMegabytes / 2, out int count);
        sb.Append("]\nupgrade:\n  to: 5.6.0\n  strategy: side-by-side\n  sideBySide:\n    deployVersion: 5.3.3\n    addresses: [");
        AppendAddresses(sb, "10.2.", TenMegabytes, out _);
        sb.Append("]\n");

        var result = Analyze(sb.ToString());

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UG6005");
        Assert.Equal(count, result.Manifest!.Cluster!.Addresses.Count);
    }

    /// <summary>
    /// About 500,000 steps: the step rules must stay linear in the runbook (they were quadratic once: an hour here).
    /// </summary>
    [Fact]
    public void Ten_megabytes_of_steps()
    {
        var sb = new StringBuilder(TenMegabytes + 1000).Append("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 1\n  version: 5.5.1\nupgrade:\n  to: 5.6.0\n  steps:\n");
        while (sb.Length < TenMegabytes) sb.Append("    - snapshot: all\n    - upgrade: 5.6.0\n");

        var result = Analyze(sb.ToString());

        Assert.Contains(result.Diagnostics, d => d.Id == "UG2003");
    }

    private static void AppendAddresses(StringBuilder sb, string prefix, int untilLength, out int count)
    {
        count = 0;
        while (sb.Length < untilLength)
        {
            if (count > 0) sb.Append(", ");
            sb.Append(prefix).Append(count >> 8 & 255).Append('.').Append(count & 255).Append('.').Append(count >> 16);
            count++;
        }
    }

    // ---- deep nesting ----

    [Theory]
    [InlineData("[", "")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Ten_thousand_levels_of_flow_or_compact_nesting_are_UG1001(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + string.Concat(Enumerable.Repeat(close, 10_000)) + "\n";

        var result = Analyze(text);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("UG1001", finding.Id);
        Assert.Contains("256", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, finding.Span.StartLine);
        Assert.Equal(256 * open.Length + 1, finding.Span.StartColumn);
    }

    [Fact]
    public void A_block_mapping_nested_ten_thousand_deep_is_UG1001()
    {
        var sb = new StringBuilder();
        for (int depth = 0; depth < 10_000; depth++) sb.Append(' ', depth).Append('k').Append(depth).Append(":\n");
        sb.Append(' ', 10_000).Append("leaf\n");

        var result = Analyze(sb.ToString());

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("UG1001", finding.Id);
        Assert.Equal(257, finding.Span.StartLine);
    }

    [Fact]
    public void Deep_nesting_under_a_known_key_is_UG1001()
    {
        var text = Clean.Replace("  name: lab\n", "  name: " + new string('[', 300) + new string(']', 300) + "\n");

        var finding = Assert.Single(Analyze(text).Diagnostics);

        Assert.Equal("UG1001", finding.Id);
        Assert.Equal(4, finding.Span.StartLine);
    }

    [Fact]
    public void Nesting_of_exactly_256_levels_is_still_read()
    {
        var allowed = Analyze(new string('[', 256) + new string(']', 256));
        var tooDeep = Analyze(new string('[', 257) + new string(']', 257));

        Assert.Equal("UG1003", Ids(allowed));
        Assert.Equal("UG1001", Ids(tooDeep));
    }

    // ---- encodings ----

    [Theory]
    [InlineData("kind: Up\u0001FF", 2, 9)]                 // 0xFF never occurs in UTF-8
    [InlineData("\u000180kind: UpgradePlan", 2, 1)]        // a continuation byte without a lead byte
    [InlineData("kind: \u0001C0\u0001AF", 2, 7)]          // overlong encoding of '/'
    [InlineData("kind: \u0001ED\u0001A0\u000180", 2, 7)]  // an encoded UTF-16 surrogate
    [InlineData("kind: \u0001F5\u000180\u000180\u000180", 2, 7)] // beyond U+10FFFF
    [InlineData("kind: caf\u00e9 \u0001FE", 2, 12)]        // after a two-byte character: one UTF-16 unit
    [InlineData("kind: \U0001F600 \u0001FE", 2, 10)]      // after a four-byte character: two UTF-16 units
    [InlineData("kind: UpgradePlan\r\nx: \u0001E2\u000182", 3, 4)] // truncated at the end of the file, after CRLF
    public void Invalid_utf8_is_UG1001_at_the_first_bad_byte(string secondLine, int line, int column)
    {
        var bytes = Bytes("apiVersion: upgradeguard/v1\n" + secondLine);

        foreach (var input in new[] { bytes, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray() })
        {
            var result = Analyze(input);

            var finding = Assert.Single(result.Diagnostics);
            Assert.Equal("UG1001", finding.Id);
            Assert.Equal((line, column), (finding.Span.StartLine, finding.Span.StartColumn));
            Assert.Contains($"line {line}, column {column}", finding.Message, StringComparison.Ordinal);
            Assert.True(result.IsManifest);
        }
    }

    /// <summary>UTF-8 text where "\u0001XX" stands for the raw byte 0xXX.</summary>
    private static byte[] Bytes(string text)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\u0001')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            int length = char.IsSurrogate(text[i]) ? 2 : 1;
            bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
            i += length - 1;
        }
        return bytes.ToArray();
    }

    [Fact]
    public void A_utf16_file_is_UG1001()
    {
        var withBom = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Clean)).ToArray();
        Assert.Equal("UG1001", Ids(Analyze(withBom)));
        Assert.Equal("UG1001", Ids(Analyze(Encoding.Unicode.GetBytes(Clean))));
        Assert.Equal("UG1001", Ids(Analyze(Encoding.BigEndianUnicode.GetBytes(Clean))));
    }

    /// <summary>
    /// A NUL is not a YAML character (c-printable excludes #x0), so a file holding one is not valid YAML. YamlDotNet
    /// treats NUL as its end-of-input sentinel: inside a value or a comment it reports UG1001 (e.g. "unexpected end of
    /// stream"), but on a line of its own, right after a value or at the end of the file it was once silently dropped
    /// and the file accepted with no diagnostic (regression, fixed in src).
    /// </summary>
    [Theory]
    [InlineData("start of file")]
    [InlineData("line of its own")]
    [InlineData("after a value")]
    [InlineData("end of file")]
    [InlineData("inside a plain value")]
    [InlineData("inside a quoted value")]
    [InlineData("inside a comment")]
    public void A_NUL_byte_is_UG1001(string where)
    {
        var text = where switch
        {
            "start of file" => "\0" + Clean,
            "line of its own" => Clean.Replace("cluster:\n", "\0\ncluster:\n"),
            "after a value" => Clean.Replace("name: lab", "name: lab\0"),
            "end of file" => Clean + "\0",
            "inside a plain value" => Clean.Replace("Europe/Brussels", "Europe/Brus\0sels"),
            "inside a quoted value" => Clean.Replace("name: lab", "name: \"l\0ab\""),
            _ => Clean.Replace("  window: 2h\n", "  window: 2h # a\0b\n"),
        };

        var fromText = Analyze(text);
        var fromBytes = Analyze(Encoding.UTF8.GetBytes(text));

        Assert.Equal("UG1001", Ids(fromText));
        Assert.Equal(Describe(fromText), Describe(fromBytes));
    }

    public static IEnumerable<object[]> AllTestDataFiles() =>
        ManifestFiles("ok").Concat(ManifestFiles("err")).Select(p => new object[] { Path.GetFileName(Path.GetDirectoryName(p)!) + "/" + Path.GetFileName(p) });

    private static byte[] ReadWithoutBom(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestDataDirectory, relative));
        return bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes.Skip(3).ToArray() : bytes;
    }

    [Theory]
    [MemberData(nameof(AllTestDataFiles))]
    public void A_BOM_changes_no_diagnostic(string file)
    {
        var bytes = ReadWithoutBom(file);
        var text = Encoding.UTF8.GetString(bytes);

        var without = Describe(Analyze(bytes));

        Assert.Equal(without, Describe(Analyze(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray())));
        Assert.Equal(without, Describe(Analyze("\uFEFF" + text)));
        Assert.Equal(without, Describe(Analyze(text)));
    }

    [Theory]
    [MemberData(nameof(AllTestDataFiles))]
    public void CRLF_and_CR_line_ends_give_the_same_lines_and_columns_as_LF(string file)
    {
        var lf = Encoding.UTF8.GetString(ReadWithoutBom(file)).Replace("\r\n", "\n");
        string Positions(string text) => string.Join("\n", Analyze(text).Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}"));

        var expected = Positions(lf);

        Assert.Equal(expected, Positions(lf.Replace("\n", "\r\n")));
        Assert.Equal(expected, Positions(lf.Replace("\n", "\r")));
    }

    [Fact]
    public void The_crlf_test_file_really_has_CRLF_line_ends()
    {
        Assert.Contains("\r\n", File.ReadAllText(Path.Combine(TestDataDirectory, "ok", "crlf-line-endings.upgrade.yaml")), StringComparison.Ordinal);
        Assert.Empty(Analyze(File.ReadAllBytes(Path.Combine(TestDataDirectory, "ok", "crlf-line-endings.upgrade.yaml"))).Diagnostics);
    }

    // ---- tabs ----

    [Fact]
    public void A_tab_indenting_a_key_is_UG1001()
    {
        var result = Analyze(Clean.Replace("  nodes: 1\n", "\tnodes: 1\n"));

        Assert.Equal("UG1001", Ids(result));
    }

    /// <summary>
    /// Regression (fixed in src): for a tab used as indentation YamlDotNet throws without a position ("While scanning a
    /// mapping, found invalid tab as indentation"), and the engine reported UG1001 at 1:1 (offset 0) although the tab
    /// is on line 6. A diagnostic must point at what it is about, never at line 1 by default.
    /// </summary>
    [Fact]
    public void A_tab_indenting_a_key_is_reported_on_its_line()
    {
        var finding = Assert.Single(Analyze(Clean.Replace("  nodes: 1\n", "\tnodes: 1\n")).Diagnostics);

        Assert.Equal("UG1001", finding.Id);
        Assert.Equal(6, finding.Span.StartLine);
    }

    [Fact]
    public void A_tab_indenting_a_list_item_is_UG1001_around_the_tab()
    {
        var text = Clean.Replace("    - upgrade: 5.6.0\n", "\t- upgrade: 5.6.0\n");
        int tab = text.IndexOf('\t');

        var finding = Assert.Single(Analyze(text).Diagnostics);

        Assert.Equal("UG1001", finding.Id);
        Assert.InRange(tab, finding.Span.StartOffset, finding.Span.EndOffset);
    }

    [Fact]
    public void Tabs_inside_values_and_as_separators_are_fine()
    {
        var text = Clean
            .Replace("name: lab", "name: lab\tone")
            .Replace("timeZone: Europe/Brussels", "timeZone:\tEurope/Brussels")
            .Replace("window: 2h", "window: \"2h\"\t# booked")
            .Replace("    - snapshot: all\n", "    - notify-users: \"down\ttonight\"\n    -\tsnapshot: all\n");

        var result = Analyze(text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("lab\tone", result.Manifest!.Name!.Value);
        Assert.Equal("Europe/Brussels", result.Manifest.Schedule!.TimeZone!.Value);
    }

    // ---- documents that are not a manifest ----

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("   \n  \t\n")]
    [InlineData("# only\n# comments\n")]
    [InlineData("# no newline at the end")]
    public void Empty_documents_are_UG1003_at_the_file_start_when_explicit_and_ignored_otherwise(string text)
    {
        var result = Analyze(text);

        Assert.False(result.IsManifest);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("UG1003", finding.Id);
        Assert.Equal((1, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Empty(Analyze(text, isExplicit: false).Diagnostics);
        Assert.DoesNotContain(Analyze(Encoding.UTF8.GetBytes(text)).Diagnostics, d => d.Id != "UG1003");
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("5.6.0\n")]
    [InlineData("\"quoted\"\n")]
    [InlineData("~\n")]
    [InlineData("--- |\n  a block scalar\n")]
    [InlineData("- apiVersion: upgradeguard/v1\n- kind: UpgradePlan\n")]
    [InlineData("[apiVersion, kind]")]
    [InlineData("--- !!str\n")]
    public void Scalar_and_sequence_documents_are_UG1003(string text)
    {
        var result = Analyze(text);

        Assert.False(result.IsManifest);
        Assert.Equal("UG1003", Ids(result));
        Assert.Empty(Analyze(text, isExplicit: false).Diagnostics);
    }

    /// <summary>
    /// Regression (fixed in src): at the end of an input without a final line break, YamlDotNet's end-of-stream mark is
    /// on the line after the last one (column 1), and the engine reported it there: "[b" got UG1001 at 2:1 (offset 2,
    /// which is 1:3). A diagnostic on a line that does not exist cannot be shown by an editor or in SARIF.
    /// </summary>
    [Theory]
    [InlineData("[b", 1)]
    [InlineData("- a\n- b]", 2)]
    [InlineData("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: [", 3)]
    [InlineData("apiVersion: upgradeguard/v1\r\nkind: UpgradePlan\r\ncluster: {nodes: 1", 3)]
    public void Positions_at_the_end_of_the_input_are_on_its_last_line(string text, int lastLine)
    {
        var result = Analyze(text); // the invariants: lines and columns must agree with the offsets

        Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.EndLine, 1, lastLine));
    }

    /// <summary>
    /// Regression (fixed in src): an empty explicit document ("---" and nothing else) was reported as UG1003 at 2:2
    /// with offset length + 1: one character past the end of the file ("---\n" has 4 characters; the span was [5,5]).
    /// </summary>
    [Theory]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\r\n")]
    [InlineData("# nothing here\n--- # nor here\n")]
    public void Positions_at_the_end_of_the_input_stay_inside_it_after_an_empty_document(string text)
    {
        var result = Analyze(text); // the invariants: offsets within the text

        Assert.Equal("UG1003", Ids(result));
    }

    [Theory]
    [InlineData("---\n", 17)]
    [InlineData("---\nkind: Other\n", 17)]
    [InlineData("...\n---\n", 18)]
    [InlineData("...\nkind: Other\n", 18)]
    [InlineData("--- # a comment\n", 17)]
    public void A_second_document_is_UG1001_where_it_starts(string after, int line)
    {
        var result = Analyze(Clean + after);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("UG1001", finding.Id);
        Assert.Equal(line, finding.Span.StartLine);
        Assert.Equal(1, finding.Span.StartColumn);
    }

    [Theory]
    [InlineData("---\n", "")]
    [InlineData("%YAML 1.2\n---\n", "")]
    [InlineData("", "...\n")]
    [InlineData("--- # the manifest\n", "...\n# trailing comment\n")]
    public void Document_markers_around_one_document_are_fine(string before, string after)
    {
        Assert.Empty(Analyze(before + Clean + after).Diagnostics);
    }

    // ---- suppression comments ----

    /// <summary>
    /// A suppression comment beside invalid YAML once hung the engine (YamlDotNet's scanner, run alone to find
    /// comments, never returned on a line starting with ": " or "]:"). Not a performance check: the analysis takes
    /// milliseconds or never returns, and the generous bound only keeps a regression from stalling the whole run.
    /// </summary>
    [Theory]
    [InlineData("]: x\n")]
    [InlineData(": orphan value\n")]
    public async System.Threading.Tasks.Task A_suppression_comment_in_invalid_yaml_does_not_hang(string invalidLine)
    {
        var text = Clean.Replace("  window: 2h\n", "  window: 2h # upgrade-guard: disable-line UG5002 -- booked\n") + invalidLine;

        var analysis = System.Threading.Tasks.Task.Run(() => Analyze(text));
        var first = await System.Threading.Tasks.Task.WhenAny(analysis, System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.True(ReferenceEquals(first, analysis), "the engine did not return on " + Excerpt(invalidLine));
        Assert.Equal("UG1001", Ids(await analysis));
    }

    [Fact]
    public void Suppression_comments_in_valid_yaml_are_read()
    {
        var text = Clean.Replace("  window: 2h\n", "  window: 5m # upgrade-guard: disable-line UG5002 -- booked\n");

        Assert.Empty(Analyze(text).Diagnostics);
        Assert.Equal("UG5002", Ids(Analyze(text.Replace("upgrade-guard:", "upgrade-guard;"))));
    }

    // ---- keys, anchors and aliases ----

    [Fact]
    public void A_duplicate_top_level_key_is_UG1002_at_the_second_and_the_first_is_used()
    {
        var result = Analyze(Clean + "cluster:\n  nodes: 7\n  version: 5.4.4\n");

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("UG1002", finding.Id);
        Assert.Equal((17, 1, 17, 8), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Equal(1, result.Manifest!.Cluster!.Nodes!.Value);
    }

    [Fact]
    public void Duplicate_keys_in_flow_mappings_and_steps_are_UG1002()
    {
        var text = Clean
            .Replace("metadata:\n  name: lab\n", "metadata: {name: a, name: b}\n")
            .Replace("    - upgrade: 5.6.0\n", "    - upgrade: 5.6.0\n      timeout: 1h\n      timeout: 2h\n");

        var result = Analyze(text);

        Assert.Equal("UG1002 UG1002", Ids(result));
        Assert.Equal("a", result.Manifest!.Name!.Value);
    }

    [Theory]
    [InlineData("  nodes: *nowhere\n", "*nowhere")]
    [InlineData("  nodes: *later\n  x: &later 1\n", "*later")]
    [InlineData("  addresses: [10.0.0.1, *missing]\n", "*missing")]
    [InlineData("  *key : 1\n", "*key")]
    public void An_alias_without_an_anchor_before_it_is_UG1001_at_the_alias(string clusterLines, string alias)
    {
        var text = Clean.Replace("  nodes: 1\n", clusterLines);
        int at = text.IndexOf(alias, StringComparison.Ordinal);

        var finding = Assert.Single(Analyze(text).Diagnostics);

        Assert.Equal("UG1001", finding.Id);
        Assert.Equal(at, finding.Span.StartOffset);
        Assert.Equal(at + alias.Length, finding.Span.EndOffset);
    }

    [Fact]
    public void Anchors_aliases_tags_and_merge_keys_are_read_without_failing()
    {
        var text = Clean
            .Replace("  nodes: 1\n", "  nodes: &n !!int 1\n")
            .Replace("  window: 2h\n", "  window: !custom 2h\n")
            .Replace("metadata:\n  name: lab\n", "base: &base {name: lab}\nmetadata:\n  <<: *base\n  ? [complex, key]\n  : value\n  name: &name lab\n")
            .Replace("  to: 5.6.0\n", "  to: &target 5.6.0\n")
            .Replace("    - upgrade: 5.6.0\n", "    - upgrade: *target\n");

        var result = Analyze(text);

        Assert.All(result.Diagnostics, d => Assert.Equal("UG1002", d.Id));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'base'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Span.StartLine == 6 && d.Span.StartColumn == 5); // the complex key
        Assert.InRange(result.Diagnostics.Count, 2, 3); // a merge key '<<' may be read or reported as unknown
        Assert.Equal(1, result.Manifest!.Cluster!.Nodes!.Value);
        Assert.Equal("5.6.0", result.Plan!.Hops.Single().To.ToString());
    }

    // ---- values that break the arithmetic ----

    /// <summary>
    /// Regression (fixed in src): a start near the end of NodaTime's range plus the downtime overflowed
    /// Instant (OverflowException in DowntimeInBusinessHoursRule) and the engine reported the internal error UG0001.
    /// </summary>
    [Theory]
    [InlineData("  start: 9999-12-31T22:00\n  timeZone: Europe/Brussels\n  window: 6h\n")]
    [InlineData("  start: 9999-12-31T23:30Z\n  window: 1h\n")]
    [InlineData("  start: 9990-01-01T22:00\n  timeZone: UTC\n  window: 9999d99999h999999m9999999s\n")]
    public void A_downtime_past_the_year_9999_is_not_an_internal_error(string schedule)
    {
        var text = Clean.Replace("  start: 2026-12-05T22:00\n  timeZone: Europe/Brussels\n  window: 2h\n", schedule);

        Analyze(text); // fails on UG0001
    }

    [Fact]
    public void The_first_and_last_representable_years_are_read()
    {
        Analyze(Clean.Replace("2026-12-05T22:00", "0001-01-01T00:00"));
        Analyze(Clean.Replace("2026-12-05T22:00", "9999-12-31T20:00").Replace("window: 2h", "window: 1h"));
    }

    /// <summary>Regression (fixed in src): UG0001 (FormatException) because \d matched Unicode digits.</summary>
    [Theory]
    [InlineData("  window: 2h\n", "  window: \u0666h\n", 11, "\u0666h")]
    [InlineData("  start: 2026-12-05T22:00\n", "  start: 2026-12-05T22:0\u0660\n", 9, "2026-12-05T22:0\u0660")]
    [InlineData("  window: 2h\n", "  window: 2h\n  holidays: [2026-12-2\u0665]\n", 12, "2026-12-2\u0665")]
    [InlineData("  window: 2h\n", "  window: 2h\n  businessHours: {start: \"0\u0668:00\"}\n", 12, "\"0\u0668:00\"")]
    [InlineData("    - upgrade: 5.6.0\n", "    - upgrade: 5.6.0\n      timeout: \uFF11h\n", 17, "\uFF11h")]
    public void Unicode_digits_in_a_value_are_UG1006_at_the_value(string original, string replacement, int line, string value)
    {
        var text = Clean.Replace(original, replacement);
        int at = text.IndexOf(value, StringComparison.Ordinal);

        var result = Analyze(text);

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "UG1006");
        Assert.Equal(line, finding.Span.StartLine);
        Assert.Equal((at, at + value.Length), (finding.Span.StartOffset, finding.Span.EndOffset));
    }

    /// <summary>Regression (fixed in src): UG0001 (ArgumentOutOfRangeException from Offset.FromSeconds).</summary>
    [Theory]
    [InlineData("+18:30")]
    [InlineData("-18:59")]
    [InlineData("+1801")]
    public void An_offset_beyond_18_hours_is_UG1006(string offset)
    {
        var text = Clean.Replace("  start: 2026-12-05T22:00\n  timeZone: Europe/Brussels\n", $"  start: 2026-12-05T22:00{offset}\n");

        var finding = Assert.Single(Analyze(text).Diagnostics);

        Assert.Equal("UG1006", finding.Id);
        Assert.Equal(9, finding.Span.StartLine);
        Assert.Equal(10, finding.Span.StartColumn);
    }

    [Fact]
    public void Lone_surrogates_and_unusual_line_separators_do_not_fail()
    {
        Analyze(Clean + "# \ud800 lone high surrogate\nx\udc00: 1\n");
        Analyze(Clean.Replace("name: lab", "name: a\u0085b"));
        Analyze(Clean.Replace("name: lab", "name: a\u2028b\u2029c"));
        Analyze(Clean.Replace("name: lab", "name: \U0001F600 \uFFFF \uFFFE"));
    }
}
