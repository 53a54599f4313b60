using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Planning;

/// <summary>The database engine version in force at some point of the plan, and where it was set.</summary>
public sealed class DatabaseVersionInForce
{
    public DatabaseVersionInForce(string text, EngineVersion version, SourceSpan span, Step? step)
    {
        Text = text;
        Version = version;
        Span = span;
        Step = step;
    }

    public string Text { get; }
    public EngineVersion Version { get; }
    /// <summary><c>database.version</c>, or the <c>upgrade-database</c> step that set it.</summary>
    public SourceSpan Span { get; }
    public Step? Step { get; }
}

/// <summary>For every version the plan reaches, the external database version in force there.</summary>
public static class DatabaseTimeline
{
    public static IReadOnlyList<(ReachedVersion Reached, DatabaseVersionInForce InForce)> Build(Manifest manifest, UpgradePlan plan, EngineInfo engine)
    {
        var result = new List<(ReachedVersion, DatabaseVersionInForce)>();
        var initial = Initial(manifest, engine);
        if (initial is null) return result;
        var changes = (manifest.Upgrade?.Steps ?? new List<Step>())
            .Where(s => s.Kind == StepKind.UpgradeDatabase && s.DatabaseVersion is { IsValid: true })
            .Select(s => (Step: s, Version: engine.Resolve(s.DatabaseVersion!.Value)))
            .Where(c => c.Version != null)
            .ToList();
        // Reached versions and database changes both follow the order of the steps: merge them in one pass.
        var inForce = initial;
        int next = 0;
        foreach (var reached in plan.Reached)
        {
            int hopIndex = reached.Hop.Step?.Index ?? -1;
            while (next < changes.Count && changes[next].Step.Index < hopIndex)
            {
                var change = changes[next++];
                inForce = new DatabaseVersionInForce(change.Step.DatabaseVersion!.Value, change.Version!, change.Step.Span, change.Step);
            }
            result.Add((reached, inForce));
        }
        return result;
    }

    /// <summary>
    /// The version the cluster runs at the start (<c>cluster.version</c>) and the database version in force when the
    /// first upgrade begins: <c>database.version</c>, or the <c>upgrade-database</c> step in force before the first hop.
    /// Null when either cannot be read.
    /// </summary>
    public static (ProductVersion Version, DatabaseVersionInForce InForce)? AtStart(Manifest manifest, UpgradePlan plan, EngineInfo engine,
        IReadOnlyList<(ReachedVersion Reached, DatabaseVersionInForce InForce)> timeline)
    {
        if (manifest.Cluster?.Version is not { IsValid: true } current) return null;
        var inForce = timeline.Count > 0 ? timeline[0].InForce : Initial(manifest, engine);
        return inForce is null ? null : (current.Value, inForce);
    }

    public static DatabaseVersionInForce? Initial(Manifest manifest, EngineInfo engine)
    {
        var version = manifest.Database?.Version;
        if (version is not { IsValid: true }) return null;
        var resolved = engine.Resolve(version.Value);
        return resolved is null ? null : new DatabaseVersionInForce(version.Value, resolved, version.Span, null);
    }
}
