using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules;

/// <summary>Every rule and every descriptor, in id order. Surfaces take their descriptors from here.</summary>
public static partial class RuleRegistry
{
    public static readonly RuleDescriptor InternalError = new RuleDescriptor(
        RuleIds.InternalError, "UpgradeGuard internal error", Severity.Error, RuleCategories.Manifest,
        "UpgradeGuard failed unexpectedly on this file. Please report it with the file; the other files are still checked.");

    /// <summary>
    /// One instance of every rule class of the engine, in id order. The classes are discovered when Core compiles (the
    /// source generator in src/UpgradeGuard.Generators writes <c>DiscoveredRules</c>): none is listed by hand.
    /// </summary>
    public static IReadOnlyList<Rule> All { get; } =
        DiscoveredRules().OrderBy(rule => rule.Definition.Id, StringComparer.Ordinal).ToList();

    /// <summary>The message of <see cref="InternalError"/> for an unexpected failure on one file.</summary>
    public static string InternalErrorMessage(System.Exception exception) =>
        $"UpgradeGuard failed on this file ({exception.GetType().Name}: {exception.Message}); please report it";

    /// <summary>
    /// Every descriptor a surface may report, one per id, in id order: the rules', those the reader and the binder
    /// raise themselves (<see cref="ManifestFindings.All"/>), and <see cref="InternalError"/>.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(rule => rule.Definition)
        .Concat(ManifestFindings.All)
        .Concat(new[] { InternalError })
        .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .Select(sameId => sameId.First())
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToList();

    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);

    /// <summary>
    /// The rule id nearest to a mistyped one (UG50001 -> UG5001): the fewest edits, then the longest common start;
    /// null when none is close or two are equally near.
    /// </summary>
    public static string? NearestId(string mistyped)
    {
        var word = mistyped.ToUpperInvariant();
        var ranked = Descriptors
            .Select(d => (d.Id, Distance: Manifests.Suggestions.Distance(word, d.Id), Prefix: CommonPrefix(word, d.Id)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Prefix)
            .Take(2).ToList();
        if (ranked.Count == 0) return null;
        if (ranked.Count == 2 && ranked[0].Distance == ranked[1].Distance && ranked[0].Prefix == ranked[1].Prefix) return null;
        return ranked[0].Id;
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
