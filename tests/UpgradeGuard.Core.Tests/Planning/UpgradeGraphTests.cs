using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using static UpgradeGuard.Core.Tests.Planning.PlanningFixtures;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>UpgradeGraph.FindPath: the quickest supported path (minutes per appliance), ties broken by fewer hops.</summary>
public sealed class UpgradeGraphTests
{
    [Theory]
    [InlineData("5.3.2", "5.6.0", "5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", 105)]
    [InlineData("5.4.0", "5.6.0", "5.4.0 -> 5.5.1 -> 5.6.0", 30)]
    [InlineData("5.4.2", "5.6.0", "5.4.2 -> 5.5.1 -> 5.6.0", 30)]
    [InlineData("5.4.4", "5.6.0", "5.4.4 -> 5.5.1 -> 5.6.0", 30)]
    [InlineData("5.5.1", "5.6.0", "5.5.1 -> 5.6.0", 15)]
    [InlineData("5.3.3", "5.5.1", "5.3.3 -> 5.4.4 -> 5.5.1", 75)]
    [InlineData("5.3.2", "5.4.4", "5.3.2 -> 5.3.3 -> 5.4.4", 75)]
    [InlineData("5.0.6", "5.6.0", "5.0.6 -> 5.1.3 -> 5.2.5 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", 165)]
    [InlineData("5.1.1", "5.6.0", "5.1.1 -> 5.2.5 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", 120)]
    [InlineData("5.2.0", "5.3.3", "5.2.0 -> 5.2.5 -> 5.3.3", 30)]
    public void Quickest_path_through_the_built_in_catalog(string from, string to, string expected, int minutesPerAppliance)
    {
        var path = SecureWorkspace.Graph.FindPath(V(from), V(to));

        Assert.NotNull(path);
        Assert.Equal(expected, path!.Describe());
        Assert.Equal(minutesPerAppliance, path.MinutesPerAppliance);
    }

    [Fact]
    public void The_guide_example_path_takes_105_minutes_per_appliance()
    {
        var path = SecureWorkspace.Graph.FindPath(V("5.3.2"), V("5.6.0"))!;

        Assert.Equal(new[] { 15, 60, 15, 15 }, path.Hops.Select(h => h.MinutesPerAppliance));
        Assert.Equal("5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0", path.ToString());
    }

    [Fact]
    public void From_540_the_path_skips_the_os_upgrade_to_544()
    {
        var path = SecureWorkspace.Graph.FindPath(V("5.4.0"), V("5.6.0"))!;

        Assert.DoesNotContain(path.Hops, h => h.To == V("5.4.4"));
        Assert.DoesNotContain(path.Hops, h => h.UpgradesOs);
    }

    [Fact]
    public void The_full_path_from_506_marks_its_support_assisted_hops_and_the_audit_log_migration()
    {
        var path = SecureWorkspace.Graph.FindPath(V("5.0.6"), V("5.6.0"))!;

        Assert.Equal(new[] { true, true, false, false, false, false }, path.Hops.Select(h => h.SupportAssisted));
        Assert.Equal(new[] { "migrate-audit-logs" }, path.Hops[0].RequiresBefore);
        Assert.Equal(new[] { 45, 15, 15, 60, 15, 15 }, path.Hops.Select(h => h.MinutesPerAppliance));
    }

    [Theory]
    [InlineData("5.3.3", "5.4.2")] // 5.4.2 is reachable only from 5.4.0 and below, which 5.3.3 cannot reach
    [InlineData("5.3.3", "5.4.0")]
    [InlineData("5.6.0", "5.5.1")] // backwards
    [InlineData("5.4.4", "5.4.0")]
    [InlineData("5.6.0", "5.6.0")] // no-op
    [InlineData("5.3.0", "5.6.0")] // 5.3.0 is not in the catalog
    [InlineData("5.5.1", "5.7.0")] // nor is 5.7.0
    [InlineData("5.2.4", "5.2.5")] // both known, no edge and no detour
    public void No_path(string from, string to)
    {
        Assert.Null(SecureWorkspace.Graph.FindPath(V(from), V(to)));
    }

    [Fact]
    public void Direct_is_only_a_single_catalog_edge()
    {
        Assert.NotNull(SecureWorkspace.Graph.Direct(V("5.5.1"), V("5.6.0")));
        Assert.NotNull(SecureWorkspace.Graph.Direct(V("5.4.0"), V("5.5.1")));
        Assert.Null(SecureWorkspace.Graph.Direct(V("5.3.2"), V("5.4.4")));
        Assert.Null(SecureWorkspace.Graph.Direct(V("5.6.0"), V("5.5.1")));
    }

    [Fact]
    public void Repeated_queries_return_the_same_path()
    {
        var graph = SecureWorkspace.Graph;
        var first = graph.FindPath(V("5.3.2"), V("5.6.0"));
        var second = graph.FindPath(V("5.3.2"), V("5.6.0"));

        Assert.Equal(Describe(first), Describe(second));
    }

    /// <summary>Every pair of catalog versions: FindPath agrees with an exhaustive search over all simple paths.</summary>
    [Fact]
    public void Every_pair_matches_an_exhaustive_search()
    {
        var product = SecureWorkspace;
        var failures = new List<string>();
        foreach (var from in product.Versions)
        {
            foreach (var to in product.Versions)
            {
                var found = product.Graph.FindPath(from, to);
                var best = ExhaustiveBest(product.Upgrades, from, to);
                if (best is null)
                {
                    if (found != null) failures.Add($"{from} -> {to}: expected no path, got {found.Describe()}");
                    continue;
                }
                if (found is null)
                {
                    failures.Add($"{from} -> {to}: expected a path of {best.Value.Minutes} min / {best.Value.Hops} hops, got none");
                    continue;
                }
                if (found.Hops[0].From != from || found.Hops[found.Hops.Count - 1].To != to ||
                    found.Hops.Zip(found.Hops.Skip(1), (a, b) => a.To == b.From).Any(ok => !ok) ||
                    found.Hops.Any(h => !product.Upgrades.Contains(h)))
                {
                    failures.Add($"{from} -> {to}: {found.Describe()} is not a chain of catalog upgrades from {from} to {to}");
                }
                if (found.MinutesPerAppliance != best.Value.Minutes || found.Hops.Count != best.Value.Hops)
                {
                    failures.Add($"{from} -> {to}: {found.Describe()} costs {found.MinutesPerAppliance} min / {found.Hops.Count} hops; best is {best.Value.Minutes} min / {best.Value.Hops} hops");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Ties_on_minutes_go_to_the_path_with_fewer_hops()
    {
        // Both paths take 30 minutes per appliance: the direct hop wins.
        var product = LoadCatalog(CatalogWith(
            "      - { from: [1.0.0], to: 1.0.1, minutesPerAppliance: 15 }",
            "      - { from: [1.0.1], to: 1.1.0, minutesPerAppliance: 15 }",
            "      - { from: [1.0.0], to: 1.1.0, minutesPerAppliance: 30 }")).Default;

        Assert.Equal("1.0.0 -> 1.1.0", Describe(product.Graph.FindPath(V("1.0.0"), V("1.1.0"))));
    }

    [Fact]
    public void Ties_on_minutes_go_to_fewer_hops_even_when_the_longer_path_reaches_the_target_first()
    {
        // 1.0.0 -> 1.0.1 -> 1.0.2 -> 1.1.0 (5 + 5 + 20 = 30, three hops) is settled first, then
        // 1.0.0 -> 1.0.5 -> 1.1.0 (15 + 15 = 30, two hops) must replace it.
        var product = LoadCatalog(CatalogWith(
            "      - { from: [1.0.0], to: 1.0.1, minutesPerAppliance: 5 }",
            "      - { from: [1.0.1], to: 1.0.2, minutesPerAppliance: 5 }",
            "      - { from: [1.0.2], to: 1.1.0, minutesPerAppliance: 20 }",
            "      - { from: [1.0.0], to: 1.0.5, minutesPerAppliance: 15 }",
            "      - { from: [1.0.5], to: 1.1.0, minutesPerAppliance: 15 }")).Default;

        var path = product.Graph.FindPath(V("1.0.0"), V("1.1.0"));

        Assert.Equal("1.0.0 -> 1.0.5 -> 1.1.0", Describe(path));
        Assert.Equal(30, path!.MinutesPerAppliance);
    }

    [Fact]
    public void Fewer_minutes_beat_fewer_hops()
    {
        var product = LoadCatalog(CatalogWith(
            "      - { from: [1.0.0], to: 1.1.0, minutesPerAppliance: 60 }",
            "      - { from: [1.0.0], to: 1.0.1 }",
            "      - { from: [1.0.1], to: 1.0.2 }",
            "      - { from: [1.0.2], to: 1.1.0 }")).Default;

        var path = product.Graph.FindPath(V("1.0.0"), V("1.1.0"));

        Assert.Equal("1.0.0 -> 1.0.1 -> 1.0.2 -> 1.1.0", Describe(path));
        Assert.Equal(30, path!.MinutesPerAppliance);
    }

    [Fact]
    public void A_custom_catalog_default_duration_applies_to_hops_without_their_own()
    {
        var product = LoadCatalog(CatalogWith(
            "      - { from: [1.0.0, 1.0.1], to: 1.1.0 }",
            "      - { from: [1.0.0], to: 1.0.1 }").Replace("defaultMinutesPerAppliance: 10", "defaultMinutesPerAppliance: 25")).Default;

        Assert.Equal(25, product.DefaultMinutesPerAppliance);
        Assert.Equal(25, product.Graph.FindPath(V("1.0.0"), V("1.1.0"))!.MinutesPerAppliance);
        Assert.Equal("1.0.0 -> 1.1.0", Describe(product.Graph.FindPath(V("1.0.0"), V("1.1.0"))));
    }

    [Fact]
    public void A_user_catalog_merged_into_the_built_in_one_adds_hops_to_the_graph()
    {
        var extra = LoadCatalog("formatVersion: 1\ndataDate: 2027-01-01\nproducts:\n  - id: secure-workspace\n    upgrades:\n      - { from: [5.6.0], to: 5.7.0, minutesPerAppliance: 20 }\n");
        var merged = CatalogLoader.BuiltIn.Merge(extra).Find("awingu")!;

        Assert.Equal("5.5.1 -> 5.6.0 -> 5.7.0", Describe(merged.Graph.FindPath(V("5.5.1"), V("5.7.0"))));
        Assert.Equal(V("5.7.0"), merged.Latest);
        Assert.Null(SecureWorkspace.Graph.FindPath(V("5.5.1"), V("5.7.0")));
    }

    private static string CatalogWith(params string[] upgrades) =>
        "formatVersion: 1\ndataDate: 2026-01-01\nproducts:\n  - id: test-product\n    defaultMinutesPerAppliance: 10\n    upgrades:\n" +
        string.Join("\n", upgrades) + "\n";

    private static (int Minutes, int Hops)? ExhaustiveBest(IReadOnlyList<UpgradeEdge> edges, ProductVersion from, ProductVersion to)
    {
        if (from == to) return null;
        (int Minutes, int Hops)? best = null;
        var visited = new HashSet<ProductVersion> { from };

        void Walk(ProductVersion at, int minutes, int hops)
        {
            if (at == to)
            {
                if (best is null || minutes < best.Value.Minutes || (minutes == best.Value.Minutes && hops < best.Value.Hops)) best = (minutes, hops);
                return;
            }
            foreach (var edge in edges.Where(e => e.From == at))
            {
                if (!visited.Add(edge.To)) continue;
                Walk(edge.To, minutes + edge.MinutesPerAppliance, hops + 1);
                visited.Remove(edge.To);
            }
        }

        Walk(from, 0, 0);
        return best;
    }
}
