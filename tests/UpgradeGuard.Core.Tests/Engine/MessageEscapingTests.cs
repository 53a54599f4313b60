using System.Linq;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Engine;

/// <summary>One finding is one record: control characters in what a message quotes are escaped, in every surface.</summary>
public sealed class MessageEscapingTests
{
    [Theory]
    [InlineData("plain text, C:\\path\\file", "plain text, C:\\path\\file")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("a\u0085b\u2028c\u2029d", "a\\u0085b\\u2028c\\u2029d")]
    [InlineData("\u0000\u0007\u001B\u007F\u009F", "\\u0000\\u0007\\u001B\\u007F\\u009F")]
    [InlineData("café ✓ \u00A0", "café ✓ \u00A0")]
    public void Control_characters_are_written_as_escapes(string text, string escaped) =>
        Assert.Equal(escaped, ControlCharacters.Escape(text));

    [Fact]
    public void Text_without_control_characters_is_returned_as_is()
    {
        const string text = "nothing to escape";
        Assert.Same(text, ControlCharacters.Escape(text));
    }

    [Fact]
    public void A_message_quoting_a_value_with_line_breaks_is_one_line()
    {
        const string manifest = "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 1\n  version: 5.5.1\n" +
                                "schedule:\n  start: 2026-12-05T22:00\n  timeZone: \"Europe/Brussels\\n::error file=x::y\\u2028\\x85\\a\"\n" +
                                "upgrade:\n  to: 5.6.0\n  \"bad\\nkey\": 1\n";
        var result = new UpgradeGuardEngine().Analyze("m.upgrade.yaml", manifest);
        Assert.Equal(new[] { "UG1006", "UG1002" }, result.Diagnostics.Where(d => d.Id is "UG1006" or "UG1002").Select(d => d.Id));
        Assert.Contains(@"'Europe/Brussels\n::error file=x::y\u2028\u0085\u0007'", result.Diagnostics.First(d => d.Id == "UG1006").Message);
        Assert.Contains(@"'upgrade.bad\nkey'", result.Diagnostics.First(d => d.Id == "UG1002").Message);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(d.Message, ControlCharacters.NeedsEscape));
    }

    [Fact]
    public void A_finding_about_a_whole_file_is_escaped_too()
    {
        var diagnostic = Diagnostic.AtFileStart(Rules.RuleRegistry.InternalError, "f.upgrade.yaml", "failed on 'a\nb'");
        Assert.Equal("failed on 'a\\nb'", diagnostic.Message);
    }
}
