using System.Collections.Generic;
using System.Linq;
using NodaTime;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Editing;

/// <summary>Completion from the format and the catalog: the keys allowed at the cursor, catalog versions, allowed words.</summary>
public static class CompletionProvider
{
    /// <summary>The completions at <paramref name="context"/> (from <see cref="CursorContext.At"/>); the editor filters them by the typed prefix.</summary>
    public static IReadOnlyList<CompletionItem> For(CursorContext context, CatalogSet catalogs)
    {
        var product = catalogs.Default;
        if (context.Key is null)
        {
            if (context.Path == "upgrade.steps")
            {
                if (context.IsNewListItem) return ManifestBinder.StepActionNames.Select(a => Key(a, isSection: false, "step")).ToList();
                if (context.StepAction != null && ManifestBinder.TryGetStepKind(context.StepAction, out var kind))
                {
                    var taken = context.SiblingKeys;
                    return ManifestSchema.StepExtraKeys(kind).Where(k => !taken.Contains(k)).Select(k => Key(k, isSection: false, context.StepAction + " step")).ToList();
                }
                return new List<CompletionItem>();
            }
            var present = context.SiblingKeys;
            return ManifestSchema.KeysAt(context.Path).Where(k => !present.Contains(k))
                .Select(k => Key(k, ManifestSchema.IsSection(Join(context.Path, k)), context.Path.Length == 0 ? "manifest" : context.Path)).ToList();
        }
        return Values(context, catalogs, product).ToList();
    }

    private static IEnumerable<CompletionItem> Values(CursorContext context, CatalogSet catalogs, ProductCatalog product)
    {
        var key = context.Path == "upgrade.steps" ? "step." + context.Key : Join(context.Path, context.Key!);
        switch (key)
        {
            case "apiVersion": return Words("upgradeguard/v1");
            case "kind": return Words("UpgradePlan");
            case "product": return catalogs.AllProductNames.Distinct().Select(n => new CompletionItem(n, n, CompletionKind.Value, "catalog product"));
            case "cluster.version":
            case "upgrade.to":
            case "upgrade.sideBySide.deployVersion":
            case "step.upgrade":
                return Versions(product);
            case "database.type": return Words(ManifestSchema.DatabaseTypes);
            case "database.engine": return Words(catalogs.EngineIds.ToArray());
            case "database.version":
            case "step.upgrade-database":
                return product.Engines.Values.SelectMany(e => e.Aliases.Select(a => new CompletionItem(a.Key, $"\"{a.Key}\"", CompletionKind.Version, $"{e.Name} {a.Value}")));
            case "upgrade.strategy": return Words(ManifestSchema.Strategies);
            case "step.onTimeout": return Words(ManifestSchema.OnTimeoutWords);
            case "step.snapshot":
            case "step.reboot":
                return Words("all");
            case "step.database":
            case "step.shutdown":
                return Words("true", "false");
            case "step.backup-database":
            case "step.migrate-audit-logs":
            case "step.environment-backup":
            case "step.switch-traffic":
            case "step.decommission":
                return Words("true");
            case "cluster.tls.protocols":
            case "database.tls.protocols":
                return ManifestSchema.TlsProtocols.Select(p => new CompletionItem(p, $"\"{p}\"", CompletionKind.Value));
            case "schedule.businessHours.days": return Words(ManifestSchema.DayWords);
            case "schedule.timeZone": return DateTimeZoneProviders.Tzdb.Ids.Select(id => new CompletionItem(id, id, CompletionKind.Value, "IANA time zone"));
            default: return Enumerable.Empty<CompletionItem>();
        }
    }

    private static IEnumerable<CompletionItem> Versions(ProductCatalog product) =>
        product.Versions.Select((v, i) => new CompletionItem(v.ToString(), v.ToString(), CompletionKind.Version, $"{product.Name} {v}" + (i == product.Versions.Count - 1 ? " (latest in the catalog)" : "")));

    private static IEnumerable<CompletionItem> Words(params string[] words) => words.Select(w => new CompletionItem(w, w, CompletionKind.Value));

    private static CompletionItem Key(string key, bool isSection, string detail) => new(key, isSection ? key + ":" : key + ": ", CompletionKind.Key, detail);

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
