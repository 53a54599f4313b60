using System;
using System.Linq;
using System.Text;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>Input crafted to crash or exhaust a parser: the task returns, and logs only located UG diagnostics (never UG0001).</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Cases() => new()
    {
        "deep flow sequences",
        "deep flow mappings",
        "deep block nesting",
        "alias bomb",
        "NUL byte",
        "lone surrogate bytes",
        "tabs",
        "long line",
    };

    private static byte[] Bytes(string name)
    {
        var utf8 = new UTF8Encoding(false);
        return name switch
        {
            "deep flow sequences" => utf8.GetBytes("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: " + new string('[', 5000) + new string(']', 5000) + "\n"),
            "deep flow mappings" => utf8.GetBytes("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: " + string.Concat(Enumerable.Repeat("{a: ", 5000)) + "b" + new string('}', 5000) + "\n"),
            "deep block nesting" => utf8.GetBytes("kind: UpgradePlan\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', i) + "k:\n"))),
            "alias bomb" => utf8.GetBytes("a: &a [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            {
                char name = (char)('a' + i), previous = (char)('a' + i - 1);
                return $"{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
            })) + "kind: UpgradePlan\n"),
            "NUL byte" => utf8.GetBytes("kind: UpgradePlan\ncluster:\0\n"),
            // A UTF-16 surrogate half encoded in UTF-8 (CESU): not valid UTF-8.
            "lone surrogate bytes" => utf8.GetBytes("kind: UpgradePlan\nmetadata:\n  name: ").Concat(new byte[] { 0xED, 0xA0, 0x80 }).Concat(utf8.GetBytes("x\n")).ToArray(),
            "tabs" => utf8.GetBytes("kind: UpgradePlan\ncluster:\n\tnodes: 3\n"),
            _ => utf8.GetBytes("apiVersion: upgradeguard/v1\nkind: UpgradePlan\nmetadata:\n  name: " + new string('x', 1_000_000) + "\n"),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gets_located_UG_diagnostics_and_the_task_returns(string name)
    {
        var manifest = _temp.WriteBytes("hostile.upgrade.yaml", Bytes(name));
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());

        var run = TaskHarness.Run(manifest, lab);

        Assert.All(run.Logged, l =>
        {
            Assert.StartsWith("UG", l.Code);
            Assert.NotEqual("UG0001", l.Code);
            Assert.True(l.Line >= 1 && l.Column >= 1 && (l.EndLine, l.EndColumn).CompareTo((l.Line, l.Column)) >= 0, l.ToString());
        });
        Assert.All(run.Logged.Where(l => l.File != lab), l => Assert.Equal(manifest, l.File));
        Assert.Single(run.Logged, l => l.File == lab && l.Code == "UG5001");
        Assert.Equal(2, run.Task.ManifestCount);
        Assert.Equal(run.Fake.Errors.Count == 0, run.Result);
        // The same as the command line, which reads the same bytes.
        Assert.Equal(CliCheck.Findings(manifest), run.FindingsOn(manifest));
    }

    [Fact]
    public void A_manifest_that_would_crash_a_naive_parser_is_UG1001_where_the_analyzer_puts_it()
    {
        var manifest = _temp.WriteBytes("deep.upgrade.yaml", Bytes("deep flow sequences"));

        var run = TaskHarness.Run(manifest);

        Assert.Equal(new[] { "UG1001@3:265 error" }, run.Short());
        Assert.Equal((3, 266), (run.Logged[0].EndLine, run.Logged[0].EndColumn));
        Assert.False(run.Result);
    }
}
