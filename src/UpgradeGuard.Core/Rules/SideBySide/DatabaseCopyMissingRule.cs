using System;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6003: external database and <c>sideBySide.databaseHost</c> missing or equal to <c>database.host</c>.</summary>
public sealed class DatabaseCopyMissingRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DatabaseCopyMissing, "New environment uses the original database", Severity.Error, RuleCategories.SideBySide,
        "In side-by-side, the new environment must point at a copy of the external database (restored from backup), never at the original that the old environment still uses.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        var sideBySide = upgrade?.SideBySide;
        if (upgrade is null || !upgrade.IsSideBySide || sideBySide is null || !context.Manifest.HasExternalDatabase) return;
        var original = context.Manifest.Database?.Host;
        var copy = sideBySide.DatabaseHost;
        if (copy is null)
        {
            context.Report(Descriptor, sideBySide.KeySpan,
                "sideBySide.databaseHost is missing: the new environment must use a copy of the external database (restore a backup on the database server), never the original");
        }
        else if (copy.IsValid && original is { IsValid: true } && string.Equals(copy.Value, original.Value, StringComparison.OrdinalIgnoreCase))
        {
            context.Report(Descriptor, copy.Span,
                $"sideBySide.databaseHost {copy.Text} is the original database (database.host): the new environment must use a copy, never the original");
        }
    }
}
