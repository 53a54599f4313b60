using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Engine;

/// <summary>Lines break where the user's editor breaks them: CR, LF and CRLF; never at NEL, LS or PS (YAML 1.2, LSP).</summary>
public sealed class LineBreakTests
{
    private readonly UpgradeGuardEngine _engine = new UpgradeGuardEngine();

    private IReadOnlyList<Diagnostic> Check(string text) => _engine.Analyze("plan.upgrade.yaml", text).Diagnostics;

    [Theory]
    [InlineData('\u0085')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void A_separator_inside_a_comment_keeps_the_rest_of_the_line_in_the_comment(char separator)
    {
        var text = Manifests.Clean.Replace("kind: UpgradePlan", $"kind: UpgradePlan # note{separator}bogus: 1");

        Assert.Empty(Check(text));
    }

    [Theory]
    [InlineData('\u0085')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void Findings_after_a_separator_name_the_line_the_editor_shows(char separator)
    {
        var text = Manifests.NotLatest.Replace("kind: UpgradePlan", $"kind: UpgradePlan # a{separator}b{separator}c");

        var finding = Assert.Single(Check(text));
        Assert.Equal("UG2006", finding.Id);
        Assert.Equal((11, 7), (finding.Span.StartLine, finding.Span.StartColumn));
    }

    [Fact]
    public void A_separator_inside_a_value_is_part_of_the_value()
    {
        var document = YamlTreeReader.Read("name: a\u0085b\u2028c # d\u2029e: 1\nquoted: \"x\u0085y\"\n");

        var root = Assert.IsType<YamlMapping>(document.Root);
        Assert.Equal(new[] { "name", "quoted" }, root.Entries.Select(e => e.KeyText).ToArray());
        Assert.Equal("a\u0085b\u2028c", ((YamlScalar)root.Entries[0].Value).Value);
        Assert.Equal("x\u0085y", ((YamlScalar)root.Entries[1].Value).Value);
        Assert.Equal(2, root.Entries[1].Key.Span.StartLine);
    }

    [Fact]
    public void A_suppression_comment_reads_to_the_end_of_the_editors_line()
    {
        // The NEL does not end the directive's line, so the directive names the next line of the editor.
        var text = Manifests.NotLatest.Replace("  to: 5.5.1", "  # upgrade-guard: disable-next-line UG2006 \u0085 (known)\n  to: 5.5.1");

        Assert.Empty(Check(text));
    }

    [Theory]
    [InlineData(0xD83D)]
    [InlineData(0xDE80)]
    public void A_lone_surrogate_is_UG1001_at_its_position_saying_what_it_is(int half)
    {
        // (an int: xunit would pass a lone surrogate in a string through UTF-8 and get U+FFFD)
        var text = Manifests.Clean.Replace("  nodes: 3", "  nodes: 3 # rocket " + (char)half);

        var finding = Assert.Single(Check(text));
        Assert.Equal("UG1001", finding.Id);
        Assert.Equal((4, 21, 4, 22), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        Assert.Contains("lone UTF-16 surrogate", finding.Message);
    }
}
