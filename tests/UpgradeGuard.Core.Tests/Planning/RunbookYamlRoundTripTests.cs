using System.Linq;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Reporting.Runbooks;
using static UpgradeGuard.Core.Tests.Planning.RunbookFixtures;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>The <c>--format yaml</c> block, pasted under <c>upgrade:</c> of a manifest, makes the path and safety rules pass.</summary>
public sealed class RunbookYamlRoundTripTests
{
    private static readonly string[] PathAndSnapshotRules = { "UG2001", "UG2003", "UG2004", "UG2007", "UG4001", "UG4002", "UG4003", "UG4005" };

    /// <summary>A manifest for the same cluster, with the rendered block pasted under <c>upgrade:</c>.</summary>
    private static string ManifestWith(Runbook runbook, string? engine, string? version)
    {
        var text = "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n" +
                   $"  nodes: {runbook.Nodes}\n  version: {runbook.From}\n";
        if (engine != null)
        {
            text += $"database:\n  type: external\n  engine: {engine}\n  version: \"{version}\"\n  tls:\n    protocols: [\"1.2\"]\n";
        }
        text += "schedule:\n  start: 2026-12-05T20:00\n  timeZone: Europe/Brussels\n";
        return text + $"upgrade:\n  to: {runbook.To}\n" + RunbookFormats.Render(runbook, RunbookFormats.Yaml);
    }

    [Theory]
    [InlineData("5.5.1", "5.6.0", 3, null)]
    [InlineData("5.3.2", "5.6.0", 3, null)]
    [InlineData("5.3.2", "5.6.0", 3, "sqlserver:2019")]
    [InlineData("5.3.2", "5.6.0", 2, "sqlserver:2016")]
    [InlineData("5.4.2", "5.6.0", 4, "sqlserver:2016")]
    [InlineData("5.0.6", "5.6.0", 1, "sqlserver:2016")]
    [InlineData("5.0.6", "5.4.4", 2, "postgresql:9.6")]
    [InlineData("5.1.1", "5.3.3", 2, "azure-sql:12.0")]
    [InlineData("5.2.0", "5.5.1", 5, null)]
    public void The_pasted_steps_check_clean(string from, string to, int nodes, string? database)
    {
        var runbook = Plan(from, to, nodes, database);
        var parts = database?.Split(':');
        var manifest = ManifestWith(runbook, parts?[0], parts?[1]);

        var result = new UpgradeGuardEngine().Analyze("pasted.upgrade.yaml", manifest);

        Assert.True(result.IsManifest);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == Severity.Error || PathAndSnapshotRules.Contains(d.Id)).Select(d => d.ToString()));
        Assert.Equal(runbook.EstimateMinutes, result.Plan!.EstimateMinutes);
        Assert.Equal(runbook.Hops.Select(h => h.To), result.Plan.Hops.Select(h => h.To!.Value));
    }

    [Fact]
    public void Only_the_warnings_the_plan_itself_names_remain()
    {
        var runbook = Plan("5.0.6", "5.6.0", 2);

        var result = new UpgradeGuardEngine().Analyze("pasted.upgrade.yaml", ManifestWith(runbook, null, null));

        // The support-assisted hops are the plan's own warning; nothing else is left to fix.
        Assert.Equal(new[] { "UG2005", "UG2005" }, result.Diagnostics.Select(d => d.Id));
    }
}
