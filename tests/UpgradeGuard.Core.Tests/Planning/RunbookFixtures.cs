using System.Linq;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>Runbooks from inputs, as <c>upgrade-guard plan --from --to --nodes</c> makes them.</summary>
internal static class RunbookFixtures
{
    public static Runbook Plan(string from, string to, int nodes, string? database = null, string? start = null, string? timeZone = null)
    {
        var runbook = Runbook.FromInputs(new RunbookInputs(from, to, nodes) { Database = database, Start = start, TimeZone = timeZone });
        Assert.True(runbook.IsPossible, string.Join("\n", runbook.Problems.Select(p => p.Message)));
        return runbook;
    }

    public static RunbookProblem Problem(string from, string to, int nodes, string? database = null, string? start = null, string? timeZone = null)
    {
        var runbook = Runbook.FromInputs(new RunbookInputs(from, to, nodes) { Database = database, Start = start, TimeZone = timeZone });
        Assert.False(runbook.IsPossible);
        Assert.Empty(runbook.Hops);
        return Assert.Single(runbook.Problems);
    }

    /// <summary><c>migrate-audit-logs snapshot+db upgrade:5.1.3</c>: each hop's steps as action(:value), for short assertions.</summary>
    public static string Steps(RunbookHop hop) => string.Join(" ", hop.Steps.Select(s =>
        s.Kind == RunbookStepKind.Upgrade || s.Kind == RunbookStepKind.UpgradeDatabase ? $"{s.Action}:{s.Value.Trim('"')}" : s.IncludesDatabase ? s.Action + "+db" : s.Action));
}
