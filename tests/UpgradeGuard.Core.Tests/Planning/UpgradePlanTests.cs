using System.Linq;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>UpgradePlan.Build: hops, the estimate (minutes per appliance x nodes, summed) and the versions reached.</summary>
public sealed class UpgradePlanTests
{
    [Fact]
    public void The_guide_example_three_appliances_times_15_minutes_is_45_minutes()
    {
        var plan = Plan(Manifest(3, "5.5.1", "5.6.0", "5.6.0"));

        Assert.Equal(45, plan.EstimateMinutes);
        Assert.Equal("5.6.0", Versions(plan));
    }

    [Theory]
    [InlineData(1, 105)]
    [InlineData(2, 210)]
    [InlineData(3, 315)]
    public void Without_steps_the_estimate_is_the_supported_path_times_nodes(int nodes, long minutes)
    {
        var plan = Plan(Manifest(nodes, "5.3.2", "5.6.0"));

        Assert.False(plan.HasSteps);
        var hop = Assert.Single(plan.Hops);
        Assert.Null(hop.Step);
        Assert.Null(hop.Direct);
        Assert.Equal("5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", Describe(hop.EffectivePath));
        Assert.Equal(minutes, plan.EstimateMinutes);
        Assert.Equal(minutes, plan.HopEstimateMinutes(hop));
    }

    [Fact]
    public void Without_steps_every_intermediate_version_is_reached()
    {
        var plan = Plan(Manifest(1, "5.3.2", "5.6.0"));

        Assert.Equal("5.3.3 5.4.4 5.5.1 5.6.0", Versions(plan));
        Assert.All(plan.Reached, r => Assert.Same(plan.Hops[0], r.Hop));
    }

    [Fact]
    public void Full_path_with_steps_for_three_appliances_is_315_minutes()
    {
        var plan = Plan(Manifest(3, "5.3.2", "5.6.0", "5.3.3", "5.4.4", "5.5.1", "5.6.0"));

        Assert.True(plan.HasSteps);
        Assert.Equal(4, plan.Hops.Count);
        Assert.All(plan.Hops, h => Assert.NotNull(h.Direct));
        Assert.Equal(new long?[] { 45, 180, 45, 45 }, plan.Hops.Select(plan.HopEstimateMinutes));
        Assert.Equal(315, plan.EstimateMinutes);
        Assert.Equal("5.3.3 5.4.4 5.5.1 5.6.0", Versions(plan));
    }

    [Fact]
    public void From_540_the_plan_never_reaches_544()
    {
        var plan = Plan(Manifest(2, "5.4.0", "5.6.0", "5.5.1", "5.6.0"));

        Assert.Equal(60, plan.EstimateMinutes);
        Assert.Equal("5.5.1 5.6.0", Versions(plan));
        Assert.DoesNotContain(plan.Reached, r => r.Version == V("5.4.4"));
    }

    [Fact]
    public void A_declared_hop_that_skips_versions_is_estimated_and_reached_through_the_supported_path()
    {
        // 5.3.2 -> 5.4.4 is not direct (5.3.3 in between), 5.4.4 -> 5.6.0 neither (5.5.1 in between).
        var plan = Plan(Manifest(2, "5.3.2", "5.6.0", "5.4.4", "5.6.0"));

        Assert.Equal(2, plan.Hops.Count);
        Assert.All(plan.Hops, h => Assert.Null(h.Direct));
        Assert.Equal("5.3.2 -> 5.3.3 -> 5.4.4", Describe(plan.Hops[0].EffectivePath));
        Assert.Equal("5.4.4 -> 5.5.1 -> 5.6.0", Describe(plan.Hops[1].EffectivePath));
        Assert.Equal(new long?[] { 150, 60 }, plan.Hops.Select(plan.HopEstimateMinutes));
        Assert.Equal(210, plan.EstimateMinutes);
        Assert.Equal("5.3.3 5.4.4 5.5.1 5.6.0", Versions(plan));
        Assert.Equal(new[] { 0, 0, 1, 1 }, plan.Reached.Select(r => r.Hop.Number));
    }

    [Fact]
    public void Hops_chain_from_the_previous_step()
    {
        var plan = Plan(Manifest(1, "5.4.4", "5.6.0", "5.5.1", "5.6.0"));

        Assert.Equal(V("5.4.4"), plan.Hops[0].From);
        Assert.Equal(V("5.5.1"), plan.Hops[0].To);
        Assert.Equal(V("5.5.1"), plan.Hops[1].From);
        Assert.Equal(V("5.6.0"), plan.Hops[1].To);
        Assert.Equal(new[] { 0, 1 }, plan.Hops.Select(h => h.Number));
        Assert.True(plan.Reaches(V("5.6.0")));
        Assert.False(plan.Reaches(V("5.6.1")));
    }

    [Fact]
    public void A_hop_with_no_path_has_no_estimate()
    {
        var plan = Plan(Manifest(1, "5.3.3", "5.4.2"));

        Assert.Null(Assert.Single(plan.Hops).EffectivePath);
        Assert.Null(plan.EstimateMinutes);
        // The version is still reached: the plan claims to get there.
        Assert.Equal("5.4.2", Versions(plan));
    }

    [Fact]
    public void An_unknown_step_version_switches_the_estimate_off()
    {
        var plan = Plan(Manifest(1, "5.4.4", "5.6.0", "5.4.3", "5.6.0"));

        Assert.Null(plan.Hops[0].To);
        Assert.False(plan.Hops[0].IsKnown);
        Assert.Null(plan.Hops[1].From);
        Assert.Null(plan.EstimateMinutes);
        Assert.Empty(plan.Reached);
    }

    [Fact]
    public void A_backward_step_is_not_forward_and_not_reached()
    {
        var plan = Plan(Manifest(1, "5.4.4", "5.6.0", "5.4.2", "5.5.1", "5.6.0"));

        Assert.False(plan.Hops[0].IsForward);
        Assert.Null(plan.Hops[0].EffectivePath);
        Assert.Null(plan.EstimateMinutes);
        Assert.DoesNotContain(plan.Reached, r => r.Version == V("5.4.2"));
    }

    [Fact]
    public void Unreadable_nodes_give_hop_paths_but_no_estimate()
    {
        var plan = Plan(Manifest(1, "5.5.1", "5.6.0", "5.6.0").Replace("nodes: 1", "nodes: three"));

        Assert.Null(plan.Nodes);
        Assert.NotNull(plan.Hops[0].EffectivePath);
        Assert.Null(plan.EstimateMinutes);
        Assert.Null(plan.HopEstimateMinutes(plan.Hops[0]));
    }

    [Fact]
    public void Steps_present_but_without_upgrades_make_no_hops()
    {
        var plan = Plan("apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster: {nodes: 2, version: 5.5.1}\nupgrade:\n  to: 5.6.0\n  steps:\n    - snapshot: all\n");

        Assert.True(plan.HasSteps);
        Assert.Empty(plan.Hops);
        Assert.Null(plan.EstimateMinutes);
    }

    [Fact]
    public void The_engine_builds_the_same_plan_through_a_product_alias()
    {
        var result = Analyze(Manifest(3, "5.3.2", "5.6.0").Replace("cluster:", "product: awingu\ncluster:"));

        Assert.NotNull(result.Plan);
        Assert.Equal(315, result.Plan!.EstimateMinutes);
        Assert.Equal("secure-workspace", result.Plan.Product.Id);
    }

    [Fact]
    public void An_unknown_product_gives_no_plan()
    {
        var result = new UpgradeGuardEngine().Analyze("p.upgrade.yaml", Manifest(3, "5.3.2", "5.6.0").Replace("cluster:", "product: citrix\ncluster:"));

        Assert.Null(result.Plan);
        Assert.Contains(result.Diagnostics, d => d.Id == "UG1005");
    }

    [Fact]
    public void The_estimate_does_not_overflow_for_the_largest_readable_cluster()
    {
        var plan = Plan(Manifest(999999, "5.0.6", "5.6.0"));

        Assert.Equal(165L * 999999, plan.EstimateMinutes);
    }

    [Fact]
    public void Path_messages_name_the_estimate_with_the_guide_numbers()
    {
        var result = Analyze(Manifest(1, "5.3.2", "5.6.0"));

        var hop = Assert.Single(result.Diagnostics, d => d.Id == "UG2001");
        Assert.Contains("5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", hop.Message);
        Assert.Contains("105 min", hop.Message);
    }
}
