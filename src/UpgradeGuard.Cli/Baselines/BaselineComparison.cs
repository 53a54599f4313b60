using System.Collections.Generic;

namespace UpgradeGuard.Cli.Baselines;

/// <summary>How a run compared with its baseline: findings hidden because recorded, and entries that matched nothing.</summary>
public sealed class BaselineComparison
{
    public BaselineComparison(string baselinePath, int matched, IReadOnlyList<BaselineEntry> fixedEntries)
    {
        BaselinePath = baselinePath;
        Matched = matched;
        Fixed = fixedEntries;
    }

    /// <summary>The <c>--baseline</c> argument as given.</summary>
    public string BaselinePath { get; }
    /// <summary>Findings of this run that the baseline records (not reported).</summary>
    public int Matched { get; }
    /// <summary>Entries for files this run checked that no finding matched any more: fixed, to drop with a refresh.</summary>
    public IReadOnlyList<BaselineEntry> Fixed { get; }
}
