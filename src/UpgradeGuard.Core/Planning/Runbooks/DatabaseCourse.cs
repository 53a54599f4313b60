using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>
/// The external database along the path: the version in force before each hop, checked against the catalog's range
/// for the hop's target; an <c>upgrade-database</c> step (after a backup) goes before the hop that needs it.
/// </summary>
internal sealed class DatabaseCourse
{
    private readonly RunbookRequest _request;
    private readonly List<string> _warnings;
    private EngineVersion? _inForce;
    private bool _stopped;
    private bool _startChecked;

    public DatabaseCourse(RunbookRequest request, List<string> warnings)
    {
        _request = request;
        _warnings = warnings;
        _inForce = request.Database?.Version;
    }

    /// <summary>Adds the database steps and notes that go before <paramref name="edge"/>.</summary>
    public void Before(UpgradeEdge edge, List<RunbookStep> steps, List<string> notes)
    {
        var database = _request.Database;
        if (database is null || _inForce is null) return;
        if (!_startChecked)
        {
            _startChecked = true;
            AtStart(edge, steps, notes);
        }
        if (_stopped) return;
        var engine = database.Engine;
        var product = _request.Product;
        var lookup = product.LookupDatabase(edge.To, engine.Id);
        if (!lookup.IsCovered) return;
        string current = $"{engine.Name} {engine.DisplayVersion(_inForce)}";
        if (!lookup.IsEngineSupported)
        {
            var alternatives = product.Engines.Values
                .Select(e => (Engine: e, Lookup: product.LookupDatabase(edge.To, e.Id)))
                .Where(a => a.Lookup.IsEngineSupported)
                .Select(a => $"{a.Engine.Name} {string.Join(" or ", a.Lookup.Ranges!.Select(a.Engine.DisplayRange))}")
                .ToList();
            string message = $"{engine.Name} is not supported by {edge.To}" + (alternatives.Count > 0 ? $" (supported there: {string.Join("; ", alternatives)})" : "") +
                             $": migrate the database before the upgrade to {edge.To}";
            notes.Add(message);
            _warnings.Add(message);
            _stopped = true;
            return;
        }
        var ranges = lookup.Ranges!;
        if (lookup.Contains(_inForce)) return;
        string supported = string.Join(" or ", ranges.Select(engine.DisplayRange));
        if (!ranges.All(r => r.IsBelow(_inForce)))
        {
            string message = $"{current} is newer than {edge.To} supports ({supported}) and a database cannot be downgraded: ask Parallels support before the upgrade to {edge.To}";
            notes.Add(message);
            _warnings.Add(message);
            _stopped = true;
            return;
        }
        var before = product.LookupDatabase(edge.From, engine.Id);
        var fit = ranges
            .SelectMany(r => (before.Ranges ?? new List<EngineRange>()).Select(b => r.Intersect(b)))
            .Where(r => r != null && (r.Minimum ?? r.Maximum) != null)
            .Select(r => r!.Minimum ?? r.Maximum!)
            .Where(v => v.CompareTo(_inForce) > 0)
            .OrderBy(v => v)
            .FirstOrDefault();
        var target = fit ?? ranges.Where(r => r.Minimum != null).Select(r => r.Minimum!).OrderBy(v => v).First();
        string targetText = $"{engine.Name} {engine.DisplayVersion(target)}";
        notes.Add(fit != null
            ? $"{current} is outside what {edge.To} supports ({supported}): upgrade it to {engine.DisplayVersion(target)}, which {edge.From} supports too, before this hop"
            : $"{current} is outside what {edge.To} supports ({supported}) and no {engine.Name} version is supported by both {edge.From} and {edge.To}: upgrade it to {engine.DisplayVersion(target)} in the same window, right before this hop");
        steps.Add(new RunbookStep(RunbookStepKind.BackupDatabase, "backup-database", "true", false, $"back up the external database ({current}) before changing its version"));
        steps.Add(new RunbookStep(RunbookStepKind.UpgradeDatabase, "upgrade-database", $"\"{target}\"", false,
            $"upgrade the external database from {current} to {targetText}, which {edge.To} supports ({supported})"));
        _inForce = target;
    }

    /// <summary>
    /// The database at the version the cluster runs today, as UG3001 and UG3002 check it: the guide warns that an
    /// unsupported database can make the upgrade itself fail, so it is fixed (or flagged) before the first hop.
    /// </summary>
    private void AtStart(UpgradeEdge first, List<RunbookStep> steps, List<string> notes)
    {
        var engine = _request.Database!.Engine;
        var product = _request.Product;
        var today = _request.From;
        var lookup = product.LookupDatabase(today, engine.Id);
        if (!lookup.IsCovered) return;
        string current = $"{engine.Name} {engine.DisplayVersion(_inForce!)}";
        const string Risk = "the guide warns that an unsupported database can make the upgrade itself fail";
        if (!lookup.IsEngineSupported)
        {
            string message = $"{engine.Name} is not supported by {today}, the version the cluster runs today: {Risk}; migrate the database before the upgrade to {first.To}";
            notes.Add(message);
            _warnings.Add(message);
            _stopped = true;
            return;
        }
        if (lookup.Contains(_inForce!)) return;
        var ranges = lookup.Ranges!;
        string supported = string.Join(" or ", ranges.Select(engine.DisplayRange));
        if (!ranges.All(r => r.IsBelow(_inForce!)))
        {
            string message = $"{current} is outside what {today}, the version the cluster runs today, supports ({supported}): {Risk}; a database cannot be downgraded: ask Parallels support before the upgrade to {first.To}";
            notes.Add(message);
            _warnings.Add(message);
            // One warning for the database: the hops that follow are not checked against a version that is already unsupported.
            _stopped = true;
            return;
        }
        var next = product.LookupDatabase(first.To, engine.Id);
        var fit = ranges
            .SelectMany(r => (next.Ranges ?? new List<EngineRange>()).Select(b => r.Intersect(b)))
            .Where(r => r != null && (r.Minimum ?? r.Maximum) != null)
            .Select(r => r!.Minimum ?? r.Maximum!)
            .Where(v => v.CompareTo(_inForce) > 0)
            .OrderBy(v => v)
            .FirstOrDefault();
        var target = fit ?? ranges.Where(r => r.Minimum != null).Select(r => r.Minimum!).OrderBy(v => v).FirstOrDefault();
        if (target is null) return;
        string targetText = $"{engine.Name} {engine.DisplayVersion(target)}";
        string upgradeNote = $"{current} is outside what {today}, the version the cluster runs today, supports ({supported}): {Risk}; upgrade it to {engine.DisplayVersion(target)} before the first hop";
        notes.Add(upgradeNote);
        _warnings.Add(upgradeNote);
        steps.Add(new RunbookStep(RunbookStepKind.BackupDatabase, "backup-database", "true", false, $"back up the external database ({current}) before changing its version"));
        steps.Add(new RunbookStep(RunbookStepKind.UpgradeDatabase, "upgrade-database", $"\"{target}\"", false,
            $"upgrade the external database from {current} to {targetText}, which {today} supports ({supported})"));
        _inForce = target;
    }
}
