using System;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class RulesCommandTests : IDisposable
{
    /// <summary>Every rule id a user can configure: the rules and the reader's findings (<c>ManifestFindings</c>), not UG0001.</summary>
    private static readonly System.Collections.Generic.List<UpgradeGuard.Core.Diagnostics.RuleDescriptor> RuleDescriptors =
        RuleRegistry.Descriptors.Where(d => d != RuleRegistry.InternalError).ToList();

    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Rules_lists_every_rule_in_a_table()
    {
        var run = _workspace.Run("rules");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^ID\s+SEVERITY\s+CATEGORY\s+TITLE$", run.OutputLines[0]);
        Assert.Equal(RuleDescriptors.Count, run.OutputLines.Length - 1);
        foreach (var rule in RuleDescriptors)
        {
            Assert.Contains(run.OutputLines, line => line.StartsWith(rule.Id + " ", StringComparison.Ordinal) && line.EndsWith(rule.Title, StringComparison.Ordinal));
        }
        Assert.Matches(@"^UG4006\s+error\s+Safety\s+", run.OutputLines.Single(l => l.StartsWith("UG4006", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rules_as_json()
    {
        var run = _workspace.Run("rules", "--format", "json");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleDescriptors.Count, rules.Count);
        var ug5003 = rules.Single(r => r.GetProperty("id").GetString() == "UG5003");
        Assert.Equal("warning", ug5003.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(ug5003.GetProperty("title").GetString()));
    }
}
