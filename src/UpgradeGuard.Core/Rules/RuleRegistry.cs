using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules.Database;
using UpgradeGuard.Core.Rules.Structure;
using UpgradeGuard.Core.Rules.Path;
using UpgradeGuard.Core.Rules.Safety;
using UpgradeGuard.Core.Rules.Schedule;
using UpgradeGuard.Core.Rules.SideBySide;

namespace UpgradeGuard.Core.Rules;

/// <summary>Every rule, in id order. Surfaces take their descriptors from here.</summary>
public static class RuleRegistry
{
    public static readonly RuleDescriptor InternalError = new RuleDescriptor(
        RuleIds.InternalError, "UpgradeGuard internal error", Severity.Error, RuleCategories.Manifest,
        "UpgradeGuard failed unexpectedly on this file. Please report it with the file; the other files are still checked.");

    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new InvalidYamlRule(),
        new InvalidManifestRule(),
        new NotAnUpgradePlanRule(),
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

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(r => r.Definition).Concat(new[] { InternalError }).ToList();

    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
