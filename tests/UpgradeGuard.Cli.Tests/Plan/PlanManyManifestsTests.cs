using System;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Plan;

/// <summary><c>plan</c> over several manifests and folders: discovered as <c>check</c> discovers them, one runbook each.</summary>
public sealed class PlanManyManifestsTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    private static string Manifest(string name, string from) =>
        $"apiVersion: upgradeguard/v1\nkind: UpgradePlan\nmetadata:\n  name: {name}\ncluster:\n  nodes: 3\n  version: {from}\nupgrade:\n  to: 5.6.0\n";

    [Fact]
    public void A_folder_gives_one_text_runbook_per_manifest_in_path_order_and_skips_other_files()
    {
        _workspace.Write("clusters/b/emea.upgrade.yaml", Manifest("prod-emea", "5.5.1"));
        _workspace.Write("clusters/a/us.upgrade.yaml", Manifest("prod-us", "5.4.4"));
        _workspace.Write("clusters/a/checklist.upgrade.yaml", "kind: UpgradeChecklist\n");

        var run = _workspace.Run("plan", "clusters");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Error);
        int us = run.Output.IndexOf("==> clusters/a/us.upgrade.yaml <==\nUpgrade plan for prod-us: ", StringComparison.Ordinal);
        int emea = run.Output.IndexOf("\n==> clusters/b/emea.upgrade.yaml <==\nUpgrade plan for prod-emea: ", StringComparison.Ordinal);
        Assert.True(us == 0 && emea > us, run.Output);
        Assert.Contains("Total downtime: est. 45 min: 15 min per appliance x 3 appliances\n", run.Output); // the guide's example
        Assert.DoesNotContain("checklist", run.Output);
    }

    [Fact]
    public void Markdown_sets_the_runbooks_apart()
    {
        _workspace.Write("emea.upgrade.yaml", Manifest("prod-emea", "5.5.1"));
        _workspace.Write("us.upgrade.yaml", Manifest("prod-us", "5.4.4"));

        var run = _workspace.Run("plan", "emea.upgrade.yaml", "us.upgrade.yaml", "--format", "markdown");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.StartsWith("# Upgrade runbook: prod-emea\n", run.Output);
        Assert.Contains("\n---\n\n# Upgrade runbook: prod-us\n", run.Output);
    }

    [Fact]
    public void A_manifest_that_cannot_be_planned_is_reported_and_the_others_are_still_printed()
    {
        _workspace.Write("emea.upgrade.yaml", Manifest("prod-emea", "5.5.1"));
        _workspace.Write("broken.upgrade.yaml", "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: 2\nupgrade:\n  to: 5.6.0\n");

        var run = _workspace.Run("plan", ".");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("upgrade-guard: error: broken.upgrade.yaml: cluster.version is missing; a runbook needs it\n", run.Error);
        Assert.StartsWith("Upgrade plan for prod-emea: ", run.Output);
    }

    [Fact]
    public void A_folder_with_no_manifest_is_a_problem()
    {
        _workspace.Write("notes/readme.txt", "nothing here");

        var run = _workspace.Run("plan", "notes");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("upgrade-guard: error: no upgrade manifest found in notes: nothing to plan\n", run.Error);
    }
}
