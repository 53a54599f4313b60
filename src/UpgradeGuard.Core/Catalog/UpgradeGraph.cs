using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Catalog;

/// <summary>A supported path: the catalog's direct upgrades from one version to another, in order.</summary>
public sealed class UpgradePath
{
    public UpgradePath(IReadOnlyList<UpgradeEdge> hops) => Hops = hops;

    public IReadOnlyList<UpgradeEdge> Hops { get; }
    public int MinutesPerAppliance => Hops.Sum(h => h.MinutesPerAppliance);
    public bool IsEmpty => Hops.Count == 0;

    /// <summary><c>5.3.2 -> 5.3.3 -> 5.4.4 -> 5.5.1 -> 5.6.0</c>.</summary>
    public string Describe() => Hops.Count == 0 ? "" : Hops[0].From + string.Concat(Hops.Select(h => " -> " + h.To));

    public override string ToString() => Describe();
}

/// <summary>The upgrade table as a graph; the quickest path weighs hops by minutes per appliance, ties by fewer hops.</summary>
public sealed class UpgradeGraph
{
    private readonly Dictionary<ProductVersion, List<UpgradeEdge>> _outgoing = new Dictionary<ProductVersion, List<UpgradeEdge>>();
    // Shared by every file checked in parallel; the graph never changes, so a lock-free cache is enough.
    private readonly ConcurrentDictionary<(ProductVersion From, ProductVersion To), UpgradePath?> _cache = new ConcurrentDictionary<(ProductVersion, ProductVersion), UpgradePath?>();

    public UpgradeGraph(IEnumerable<UpgradeEdge> edges)
    {
        foreach (var edge in edges)
        {
            if (!_outgoing.TryGetValue(edge.From, out var list)) _outgoing[edge.From] = list = new List<UpgradeEdge>();
            list.Add(edge);
        }
        foreach (var list in _outgoing.Values) list.Sort((a, b) => a.To.CompareTo(b.To));
    }

    public UpgradeEdge? Direct(ProductVersion from, ProductVersion to) =>
        _outgoing.TryGetValue(from, out var list) ? list.FirstOrDefault(e => e.To == to) : null;

    /// <summary>The quickest supported path, or null when there is none (also for from == to).</summary>
    public UpgradePath? FindPath(ProductVersion from, ProductVersion to)
    {
        return _cache.GetOrAdd((from, to), key => key.From == key.To ? null : Dijkstra(key.From, key.To));
    }

    private UpgradePath? Dijkstra(ProductVersion from, ProductVersion to)
    {
        // Cost: (minutes, hops); the graph is tiny, so a linear scan for the next node is plenty.
        var best = new Dictionary<ProductVersion, (int Minutes, int Hops, UpgradeEdge? Via)> { [from] = (0, 0, null) };
        var done = new HashSet<ProductVersion>();
        while (true)
        {
            ProductVersion? current = null;
            (int Minutes, int Hops, UpgradeEdge? Via) currentCost = default;
            foreach (var pair in best)
            {
                if (done.Contains(pair.Key)) continue;
                if (current is null || Less(pair.Value, currentCost) || (Same(pair.Value, currentCost) && pair.Key < current.Value))
                {
                    current = pair.Key;
                    currentCost = pair.Value;
                }
            }
            if (current is null) return null;
            var node = current.Value;
            if (node == to) break;
            done.Add(node);
            if (!_outgoing.TryGetValue(node, out var edges)) continue;
            foreach (var edge in edges)
            {
                var candidate = (currentCost.Minutes + edge.MinutesPerAppliance, currentCost.Hops + 1, (UpgradeEdge?)edge);
                if (!best.TryGetValue(edge.To, out var known) || Less(candidate, known))
                {
                    best[edge.To] = candidate;
                }
            }
        }
        var hops = new List<UpgradeEdge>();
        var at = to;
        while (at != from)
        {
            var via = best[at].Via!;
            hops.Add(via);
            at = via.From;
        }
        hops.Reverse();
        return new UpgradePath(hops);
    }

    private static bool Less((int Minutes, int Hops, UpgradeEdge? Via) a, (int Minutes, int Hops, UpgradeEdge? Via) b) =>
        a.Minutes < b.Minutes || (a.Minutes == b.Minutes && a.Hops < b.Hops);

    private static bool Same((int Minutes, int Hops, UpgradeEdge? Via) a, (int Minutes, int Hops, UpgradeEdge? Via) b) =>
        a.Minutes == b.Minutes && a.Hops == b.Hops;
}
