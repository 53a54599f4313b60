using System;
using System.Collections.Generic;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Discovery;

/// <summary>
/// The one discovery rule every surface applies (the command line's folders, the package's default glob, the
/// language server): a file named <c>*.upgrade.yaml</c> / <c>*.upgrade.yml</c> is a manifest when its header says so,
/// <c>apiVersion</c> starting with <c>upgradeguard/</c> or <c>kind</c> being <c>UpgradePlan</c>. A file named
/// explicitly is always checked; that choice is the caller's (<see cref="AnalysisOptions.IsExplicit"/>).
/// </summary>
public static class ManifestDiscovery
{
    public const string ApiVersionPrefix = "upgradeguard/";

    /// <summary>The file name endings discovery looks for.</summary>
    public static IReadOnlyList<string> Suffixes { get; } = new[] { ".upgrade.yaml", ".upgrade.yml" };

    /// <summary>The suffixes as the message about a path with no manifest names them.</summary>
    public const string SuffixesText = "*.upgrade.yaml or *.upgrade.yml";

    /// <summary>True when the file name ends in one of <see cref="Suffixes"/> (in any case, as on Windows and macOS).</summary>
    public static bool HasManifestName(string fileName)
    {
        foreach (var suffix in Suffixes)
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the header read from a file says it is an upgrade manifest. Both tests ignore case: a file that
    /// says <c>apiVersion: UpgradeGuard/v1</c> or <c>kind: upgradeplan</c> was meant as a manifest, and is better
    /// reported (UG1004, UG1003) than skipped.
    /// </summary>
    public static bool IsManifest(Manifest header) =>
        header.ApiVersion is { IsValid: true } apiVersion && apiVersion.Value.Trim().StartsWith(ApiVersionPrefix, StringComparison.OrdinalIgnoreCase)
        || header.Kind is { IsValid: true } kind && string.Equals(kind.Value.Trim(), ManifestKind.UpgradePlan, StringComparison.OrdinalIgnoreCase);
}
