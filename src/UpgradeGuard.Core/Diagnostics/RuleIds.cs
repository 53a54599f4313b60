namespace UpgradeGuard.Core.Diagnostics;

/// <summary>Every rule id, by concern (see docs/rules and shared/spec/rules.md).</summary>
public static class RuleIds
{
    /// <summary>Not a rule: an unexpected failure of the engine on one file, reported on that file.</summary>
    public const string InternalError = "UG0001";
    public const string InvalidSuppression = "UG0002";
    public const string UnusedSuppression = "UG0003";

    // UG1xxx: the manifest itself
    public const string InvalidYaml = "UG1001";
    public const string InvalidManifest = "UG1002";
    public const string NotAnUpgradePlan = "UG1003";
    public const string UnsupportedApiVersion = "UG1004";
    public const string UnknownProduct = "UG1005";
    public const string MalformedValue = "UG1006";

    // UG2xxx: the upgrade path
    public const string UnsupportedHop = "UG2001";
    public const string UnknownVersion = "UG2002";
    public const string NotAnUpgrade = "UG2003";
    public const string StepsMissTarget = "UG2004";
    public const string SupportAssistedHop = "UG2005";
    public const string NotLatestTarget = "UG2006";
    public const string NoSupportedPath = "UG2007";

    // UG3xxx: database and TLS
    public const string DatabaseVersionOutOfRange = "UG3001";
    public const string DatabaseEngineUnsupported = "UG3002";
    public const string DatabaseTlsTooOld = "UG3003";
    public const string DatabaseTlsUnknown = "UG3004";
    public const string ClusterTlsRemoved = "UG3005";
    public const string InvalidDatabaseUpgrade = "UG3006";

    // UG4xxx: snapshots, backups and required steps
    public const string MissingSnapshot = "UG4001";
    public const string PartialSnapshot = "UG4002";
    public const string MissingDatabaseBackup = "UG4003";
    public const string SnapshotWithoutShutdown = "UG4004";
    public const string MissingAuditLogMigration = "UG4005";
    public const string RebootOnTimeout = "UG4006";
    public const string TimeoutBelowEstimate = "UG4007";

    // UG5xxx: downtime and scheduling
    public const string DowntimeInBusinessHours = "UG5001";
    public const string WindowBelowEstimate = "UG5002";
    public const string NoSchedule = "UG5003";
    public const string NonexistentLocalTime = "UG5004";
    public const string UnknownTimeZone = "UG5005";

    // UG6xxx: side-by-side strategy
    public const string SideBySideTooOld = "UG6001";
    public const string DeployVersionMismatch = "UG6002";
    public const string DatabaseCopyMissing = "UG6003";
    public const string EnvironmentBackupMissing = "UG6004";
    public const string AddressReused = "UG6005";
    public const string TrafficSwitchMissing = "UG6006";
    public const string SideBySideDataLoss = "UG6007";
    public const string UsersNotNotified = "UG6008";
    public const string TooFewNewAddresses = "UG6009";
}

/// <summary>Categories, one per id range.</summary>
public static class RuleCategories
{
    public const string Manifest = "Manifest";
    public const string UpgradePath = "UpgradePath";
    public const string Database = "Database";
    public const string Safety = "Safety";
    public const string Schedule = "Schedule";
    public const string SideBySide = "SideBySide";
}
