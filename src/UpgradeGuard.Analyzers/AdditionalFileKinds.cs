using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace UpgradeGuard.Analyzers;

/// <summary>What an additional file is to UpgradeGuard, from the item metadata the package's targets make visible.</summary>
internal enum AdditionalFileKind
{
    Other,
    Manifest,
    Catalog,
    EditorConfig,
    /// <summary>A .globalconfig above a manifest: read only to report its entries that cannot be read (UG0002).</summary>
    GlobalConfig,
}

internal static class AdditionalFileKinds
{
    /// <summary>Set for <c>UpgradeManifest</c> items.</summary>
    public const string ManifestMetadata = "UpgradeGuardManifest";
    /// <summary>
    /// Set on the <c>UpgradeManifest</c> items of the package's default glob: such a file is checked only when its header
    /// says it is a manifest. A manifest without it was added by hand, and is always checked.
    /// </summary>
    public const string DiscoveredMetadata = "UpgradeGuardDiscovered";
    /// <summary>Set for <c>UpgradeCatalog</c> items.</summary>
    public const string CatalogMetadata = "UpgradeGuardCatalog";
    /// <summary>
    /// Set for the .editorconfig files above the manifests: the compiler keeps their <c>dotnet_diagnostic.*.severity</c>
    /// keys from analyzers, so the analyzer reads the sections that match a manifest itself.
    /// </summary>
    public const string EditorConfigMetadata = "UpgradeGuardEditorConfig";

    /// <summary>
    /// Set for the .globalconfig files above the manifests. Their keys reach the analyzer through the compilation; the
    /// file comes in only so that an entry that cannot be read (UG0002) is reported at its line.
    /// </summary>
    public const string GlobalConfigMetadata = "UpgradeGuardGlobalConfig";

    private const string Prefix = "build_metadata.AdditionalFiles.";

    public static AdditionalFileKind Of(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GetOptions(file);
        if (IsSet(options, ManifestMetadata)) return AdditionalFileKind.Manifest;
        if (IsSet(options, CatalogMetadata)) return AdditionalFileKind.Catalog;
        if (IsSet(options, EditorConfigMetadata)) return AdditionalFileKind.EditorConfig;
        if (IsSet(options, GlobalConfigMetadata)) return AdditionalFileKind.GlobalConfig;
        return AdditionalFileKind.Other;
    }

    /// <summary>True for a manifest the package's glob found, false for one added by hand.</summary>
    public static bool IsDiscovered(AdditionalText file, AnalyzerConfigOptionsProvider provider) =>
        IsSet(provider.GetOptions(file), DiscoveredMetadata);

    private static bool IsSet(AnalyzerConfigOptions options, string metadata) =>
        options.TryGetValue(Prefix + metadata, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
