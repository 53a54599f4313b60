using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>Reads what a runbook needs from a checked manifest: product, versions, nodes, database and schedule.</summary>
internal static class ManifestRunbookReader
{
    public static (RunbookRequest? Request, IReadOnlyList<RunbookProblem> Problems) Read(ICheckedManifest analysis)
    {
        var problems = new List<RunbookProblem>();
        var manifest = analysis.Manifest;
        if (manifest is null || !analysis.IsManifest)
        {
            var error = analysis.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            problems.Add(Invalid(error != null
                ? $"{analysis.FilePath} cannot be read as an upgrade manifest: {error.ToMsBuildString(analysis.FilePath)}"
                : $"{analysis.FilePath} is not an upgrade manifest: its kind is not UpgradePlan"));
            return (null, problems);
        }
        var product = analysis.Plan?.Product;
        if (product is null)
        {
            problems.Add(Invalid($"{analysis.FilePath}: product '{manifest.Product?.Text}' names no catalog; run 'upgrade-guard check' for the known products"));
            return (null, problems);
        }
        var from = Required(manifest.Cluster?.Version, "cluster.version", analysis.FilePath, problems);
        var to = Required(manifest.Upgrade?.To, "upgrade.to", analysis.FilePath, problems);
        var nodes = Required(manifest.Cluster?.Nodes, "cluster.nodes", analysis.FilePath, problems);
        var database = Database(manifest, product, analysis.FilePath, problems);
        if (problems.Count > 0) return (null, problems);
        var request = new RunbookRequest(product, from!.Value, to!.Value, nodes!.Value)
        {
            Name = manifest.Name is { IsValid: true } name ? name.Value : null,
            ManifestPath = analysis.FilePath,
            Database = database,
            ClusterTlsProtocols = manifest.Cluster?.TlsProtocols?.Where(p => p.IsValid).Select(p => p.Value).ToList(),
            Schedule = manifest.Schedule?.Start != null ? manifest.Schedule : null,
            IsSideBySide = manifest.Upgrade?.IsSideBySide == true,
            NewAddresses = manifest.Upgrade?.SideBySide?.Addresses.Where(a => a.IsValid).Select(a => a.Value).ToList() ?? new List<string>(),
            DatabaseCopyHost = manifest.Upgrade?.SideBySide?.DatabaseHost is { IsValid: true } copy ? copy.Value : null,
        };
        return (request, problems);
    }

    private static Located<T>? Required<T>(Located<T>? value, string path, string file, List<RunbookProblem> problems)
    {
        if (value is { IsValid: true }) return value;
        problems.Add(Invalid(value is null
            ? $"{file}: {path} is missing; a runbook needs it"
            : $"{file}: {path} '{value.Text}' cannot be read; run 'upgrade-guard check {file}' for details"));
        return null;
    }

    private static RunbookDatabase? Database(Manifest manifest, Catalog.ProductCatalog product, string file, List<RunbookProblem> problems)
    {
        if (!manifest.HasExternalDatabase) return null;
        var section = manifest.Database!;
        var engineValue = Required(section.Engine, "database.engine", file, problems);
        var versionValue = Required(section.Version, "database.version", file, problems);
        if (engineValue is null || versionValue is null) return null;
        if (!product.Engines.TryGetValue(engineValue.Value, out var engine))
        {
            problems.Add(Invalid($"{file}: database.engine '{engineValue.Value}' is not an engine of the catalog ({string.Join(", ", product.Engines.Keys)})"));
            return null;
        }
        var version = engine.Resolve(versionValue.Value);
        if (version is null)
        {
            problems.Add(Invalid($"{file}: database.version '{versionValue.Text}' is not a {engine.Name} version"));
            return null;
        }
        var tls = section.TlsProtocols is { } protocols && protocols.All(p => p.IsValid) ? protocols.Select(p => p.Value).ToList() : null;
        return new RunbookDatabase(engine, versionValue.Value, version, section.Host is { IsValid: true } host ? host.Value : null, tls);
    }

    private static RunbookProblem Invalid(string message) => new RunbookProblem(RunbookProblemKind.InvalidInput, message);
}
