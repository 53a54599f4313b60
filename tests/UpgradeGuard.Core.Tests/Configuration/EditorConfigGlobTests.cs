using UpgradeGuard.Core.Configuration;

namespace UpgradeGuard.Core.Tests.Configuration;

public class EditorConfigGlobTests
{
    [Theory]
    // A name without '/' matches the file name in any folder.
    [InlineData("*", "a.upgrade.yaml", true)]
    [InlineData("*", "deep/er/a.upgrade.yaml", true)]
    [InlineData("*.upgrade.yaml", "a.upgrade.yaml", true)]
    [InlineData("*.upgrade.yaml", "clusters/prod/a.upgrade.yaml", true)]
    [InlineData("*.upgrade.yaml", "a.upgrade.yml", false)]
    [InlineData("*.yaml", "a.yaml.bak", false)]
    [InlineData("prod.upgrade.yaml", "x/prod.upgrade.yaml", true)]
    [InlineData("prod.upgrade.yaml", "x/preprod.upgrade.yaml", false)]
    // '?' is one character, never '/'.
    [InlineData("lab?.upgrade.yaml", "lab1.upgrade.yaml", true)]
    [InlineData("lab?.upgrade.yaml", "lab12.upgrade.yaml", false)]
    // Braces: alternatives, nested; a single word in braces is literal.
    [InlineData("*.upgrade.{yaml,yml}", "a.upgrade.yml", true)]
    [InlineData("*.upgrade.{yaml,yml}", "a.upgrade.yaml", true)]
    [InlineData("*.upgrade.{yaml,yml}", "a.upgrade.json", false)]
    [InlineData("{prod-{us,emea},lab}.upgrade.yaml", "prod-emea.upgrade.yaml", true)]
    [InlineData("{prod-{us,emea},lab}.upgrade.yaml", "prod-apac.upgrade.yaml", false)]
    [InlineData("{single}.yaml", "{single}.yaml", true)]
    [InlineData("{single}.yaml", "single.yaml", false)]
    // Numeric ranges.
    [InlineData("node{1..3}.upgrade.yaml", "node2.upgrade.yaml", true)]
    [InlineData("node{1..3}.upgrade.yaml", "node4.upgrade.yaml", false)]
    // Brackets.
    [InlineData("[ab].yaml", "a.yaml", true)]
    [InlineData("[ab].yaml", "c.yaml", false)]
    [InlineData("[!ab].yaml", "c.yaml", true)]
    [InlineData("[!ab].yaml", "a.yaml", false)]
    [InlineData("[a-c]x.yaml", "bx.yaml", true)]
    [InlineData("[a-c]x.yaml", "dx.yaml", false)]
    // A name with '/' is relative to the .editorconfig's folder.
    [InlineData("clusters/*.upgrade.yaml", "clusters/a.upgrade.yaml", true)]
    [InlineData("clusters/*.upgrade.yaml", "clusters/prod/a.upgrade.yaml", false)]
    [InlineData("clusters/*.upgrade.yaml", "other/clusters/a.upgrade.yaml", false)]
    [InlineData("/lab.upgrade.yaml", "lab.upgrade.yaml", true)]
    [InlineData("/lab.upgrade.yaml", "x/lab.upgrade.yaml", false)]
    [InlineData("clusters/**.yaml", "clusters/prod/a.yaml", true)]
    [InlineData("clusters/**/a.yaml", "clusters/a.yaml", true)]
    [InlineData("clusters/**/a.yaml", "clusters/x/y/a.yaml", true)]
    [InlineData("**/legacy/*.yaml", "legacy/b.yaml", true)]
    [InlineData("**/legacy/*.yaml", "samples/legacy/b.yaml", true)]
    // '*' does not cross folders.
    [InlineData("clusters/*", "clusters/prod/a.yaml", false)]
    // Escapes and regex characters are literal.
    [InlineData(@"a\*.yaml", "a*.yaml", true)]
    [InlineData(@"a\*.yaml", "ab.yaml", false)]
    [InlineData("a+b (1).yaml", "a+b (1).yaml", true)]
    public void Matches_as_editorconfig_does(string section, string relativePath, bool expected)
    {
        Assert.Equal(expected, EditorConfigGlob.Parse(section).IsMatch(relativePath));
    }

    [Theory]
    [InlineData("{a,b")]
    [InlineData("a{b,{c}")]
    public void A_malformed_section_matches_nothing(string section)
    {
        Assert.False(EditorConfigGlob.Parse(section).IsMatch("a"));
        Assert.False(EditorConfigGlob.Parse(section).IsMatch("b"));
    }
}
