using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Rules.Database;
using UpgradeGuard.Core.Rules.Structure;
using UpgradeGuard.Core.Rules.Path;
using UpgradeGuard.Core.Rules.Safety;
using UpgradeGuard.Core.Rules.Schedule;
using UpgradeGuard.Core.Rules.SideBySide;
using UpgradeGuard.Core.Rules.Tool;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules;

/// <summary>Every rule, in id order. Surfaces take their descriptors from here.</summary>
public static class RuleRegistry
{
    public static readonly RuleDescriptor InternalError = new RuleDescriptor(
        RuleIds.InternalError, "UpgradeGuard internal error", Severity.Error, RuleCategories.Manifest,
        "UpgradeGuard failed unexpectedly on this file. Please report it with the file; the other files are still checked.");

    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new InvalidSuppressionRule(),
        new UnusedSuppressionRule(),
        new UnsupportedApiVersionRule(),
        new UnknownProductRule(),
        new MalformedValueRule(),
        new UnsupportedHopRule(),
        new UnknownVersionRule(),
        new NotAnUpgradeRule(),
        new StepsMissTargetRule(),
        new SupportAssistedHopRule(),
        new NotLatestTargetRule(),
        new NoSupportedPathRule(),
        new DatabaseVersionOutOfRangeRule(),
        new DatabaseEngineUnsupportedRule(),
        new DatabaseTlsTooOldRule(),
        new DatabaseTlsUnknownRule(),
        new ClusterTlsRemovedRule(),
        new InvalidDatabaseUpgradeRule(),
        new MissingSnapshotRule(),
        new PartialSnapshotRule(),
        new MissingDatabaseBackupRule(),
        new SnapshotWithoutShutdownRule(),
        new MissingAuditLogMigrationRule(),
        new RebootOnTimeoutRule(),
        new TimeoutBelowEstimateRule(),
        new DowntimeInBusinessHoursRule(),
        new WindowBelowEstimateRule(),
        new NoScheduleRule(),
        new NonexistentLocalTimeRule(),
        new UnknownTimeZoneRule(),
        new SideBySideTooOldRule(),
        new DeployVersionMismatchRule(),
        new DatabaseCopyMissingRule(),
        new EnvironmentBackupMissingRule(),
        new AddressReusedRule(),
        new TrafficSwitchMissingRule(),
        new SideBySideDataLossRule(),
        new UsersNotNotifiedRule(),
        new TooFewNewAddressesRule(),
    };

    /// <summary>Every descriptor a surface may report: the rules, then the internal-error descriptor.</summary>
    /// <summary>The message of <see cref="InternalError"/> for an unexpected failure on one file.</summary>
    public static string InternalErrorMessage(System.Exception exception) =>
        $"UpgradeGuard failed on this file ({exception.GetType().Name}: {exception.Message}); please report it";

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(r => r.Definition).Concat(Manifests.ManifestFindings.All).Distinct()
        .OrderBy(d => d.Id, System.StringComparer.Ordinal).Concat(new[] { InternalError }).ToList();

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
