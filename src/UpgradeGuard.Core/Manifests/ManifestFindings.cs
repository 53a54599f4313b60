using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Manifests;

/// <summary>
/// The findings the reader and the binder raise themselves, as a parser owns its syntax errors: the file is not YAML
/// (UG1001), its structure is wrong (UG1002), it is not an upgrade plan (UG1003), a value cannot be read (UG1006).
/// </summary>
public static class ManifestFindings
{
    public static readonly RuleDescriptor InvalidYaml = new RuleDescriptor(
        RuleIds.InvalidYaml, "File is not valid YAML", Severity.Error, RuleCategories.Manifest,
        "The file cannot be read as YAML (or UTF-8, or holds more than one document). Nothing else is checked until it parses.");

    public static readonly RuleDescriptor InvalidManifest = new RuleDescriptor(
        RuleIds.InvalidManifest, "Invalid manifest structure", Severity.Error, RuleCategories.Manifest,
        "A key is unknown (the nearest known key is suggested), a value has the wrong type or is not one of the allowed words, or a required field is missing. Checks that need the value are switched off.");

    public static readonly RuleDescriptor NotAnUpgradePlan = new RuleDescriptor(
        RuleIds.NotAnUpgradePlan, "Not an upgrade plan", Severity.Error, RuleCategories.Manifest,
        "A manifest has no 'kind: UpgradePlan': a file named explicitly, or a discovered file whose apiVersion starts with 'upgradeguard/'. Discovery skips a file with neither.");

    public static readonly RuleDescriptor MalformedValue = new RuleDescriptor(
        RuleIds.MalformedValue, "Malformed value", Severity.Error, RuleCategories.Manifest,
        "A version (major.minor.patch), duration (90m, 6h, 1h30m, PT6H), date-time, date, time zone id or time of day (HH:mm) cannot be read. Scalars are read as written: 5.10 is not the float 5.1.");

    /// <summary>The four descriptors, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { InvalidYaml, InvalidManifest, NotAnUpgradePlan, MalformedValue };
}
