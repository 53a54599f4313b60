using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>
/// The runbook's database steps along the path: the version in force before each hop is checked against the
/// catalog's range for the hop's target; when it is too old, a <c>backup-database</c> and an <c>upgrade-database</c>
/// to the lowest version both sides support (<see cref="DatabaseCourse.CommonRange"/>, as UG3001 suggests) go before
/// the hop. The runbook proposes these steps, so the version in force follows them.
/// </summary>
internal sealed class RunbookDatabaseSteps
{
    private readonly RunbookRequest _request;
    private readonly List<string> _warnings;
    private EngineVersion? _inForce;
    private bool _stopped;
    private bool _startChecked;

    public RunbookDatabaseSteps(RunbookRequest request, List<string> warnings)
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
            Warn(notes, $"{engine.Name} is not supported by {edge.To}{Wording.SupportedThere(product, edge.To)}: migrate the database before the upgrade to {edge.To}");
            return;
        }
        var ranges = lookup.Ranges!;
        if (lookup.Contains(_inForce)) return;
        string supported = Wording.Ranges(engine, ranges);
        if (!ranges.All(r => r.IsBelow(_inForce)))
        {
            Warn(notes, $"{current} is newer than {edge.To} supports ({supported}) and a database cannot be downgraded: ask Parallels support before the upgrade to {edge.To}");
            return;
        }
        var fit = DatabaseCourse.CommonRange(product, engine, edge.From, edge.To, _inForce);
        var target = fit is null ? ranges.Where(r => r.Minimum != null).Select(r => r.Minimum!).OrderBy(v => v).First() : DatabaseCourse.Lowest(fit)!;
        notes.Add(fit != null
            ? $"{current} is outside what {edge.To} supports ({supported}): upgrade it to {engine.DisplayVersion(target)} before this hop ({Wording.SupportedByBoth(engine, fit, edge.From, edge.To)})"
            : $"{current} is outside what {edge.To} supports ({supported}) and {Wording.NoneSupportedByBoth(engine, edge.From, edge.To)}: upgrade it to {engine.DisplayVersion(target)} in the same window, right before this hop");
        Upgrade(steps, current, target, edge.To, supported);
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
        if (!lookup.IsEngineSupported)
        {
            Warn(notes, $"{engine.Name} is not supported by {today}, the version the cluster runs today: {Wording.UnsupportedDatabaseRisk("the upgrade itself")}; migrate the database before the upgrade to {first.To}");
            return;
        }
        if (lookup.Contains(_inForce!)) return;
        var ranges = lookup.Ranges!;
        string supported = Wording.Ranges(engine, ranges);
        if (!ranges.All(r => r.IsBelow(_inForce!)))
        {
            // One warning for the database: the hops that follow are not checked against a version that is already unsupported.
            Warn(notes, $"{current} is outside what {today}, the version the cluster runs today, supports ({supported}): {Wording.UnsupportedDatabaseRisk("the upgrade itself")}; a database cannot be downgraded: ask Parallels support before the upgrade to {first.To}");
            return;
        }
        var fit = DatabaseCourse.CommonRange(product, engine, today, first.To, _inForce);
        var target = fit is null ? ranges.Where(r => r.Minimum != null).Select(r => r.Minimum!).OrderBy(v => v).FirstOrDefault() : DatabaseCourse.Lowest(fit);
        if (target is null) return;
        string upgradeNote = $"{current} is outside what {today}, the version the cluster runs today, supports ({supported}): {Wording.UnsupportedDatabaseRisk("the upgrade itself")}; upgrade it to {engine.DisplayVersion(target)} before the first hop";
        notes.Add(upgradeNote);
        _warnings.Add(upgradeNote);
        Upgrade(steps, current, target, today, supported);
    }

    private void Upgrade(List<RunbookStep> steps, string current, EngineVersion target, ProductVersion supportedBy, string supported)
    {
        var engine = _request.Database!.Engine;
        steps.Add(new RunbookStep(RunbookStepKind.BackupDatabase, "backup-database", "true", false, $"back up the external database ({current}) before changing its version"));
        steps.Add(new RunbookStep(RunbookStepKind.UpgradeDatabase, "upgrade-database", $"\"{target}\"", false,
            $"upgrade the external database from {current} to {engine.Name} {engine.DisplayVersion(target)}, which {supportedBy} supports ({supported})"));
        _inForce = target;
    }

    /// <summary>A problem no step can fix: a note on the hop and a warning; the database is not followed further.</summary>
    private void Warn(List<string> notes, string message)
    {
        notes.Add(message);
        _warnings.Add(message);
        _stopped = true;
    }
}
