using System;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class RulesCommandTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Rules_lists_every_rule_in_a_table()
    {
        var run = _workspace.Run("rules");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^ID\s+SEVERITY\s+CATEGORY\s+TITLE$", run.OutputLines[0]);
        Assert.Equal(RuleRegistry.All.Count, run.OutputLines.Length - 1);
        foreach (var rule in RuleRegistry.All.Select(r => r.Definition))
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
        Assert.Equal(RuleRegistry.All.Count, rules.Count);
        var ug5003 = rules.Single(r => r.GetProperty("id").GetString() == "UG5003");
        Assert.Equal("warning", ug5003.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(ug5003.GetProperty("title").GetString()));
    }
}
