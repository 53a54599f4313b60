using System;
using System.Threading;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Core.Checking;

/// <summary>How <see cref="CheckService"/> checks a set of files.</summary>
public sealed record CheckOptions
{
    /// <summary>
    /// The severities configured for a file, by its full path: from the .editorconfig and .globalconfig files found
    /// above it (<see cref="EditorConfigResolver"/>), or from those a build hands over (<see cref="ConfigurationFileSet"/>).
    /// </summary>
    public Func<string, SeverityConfiguration> Severities { get; init; } = _ => SeverityConfiguration.Default;

    /// <summary>The run's switches on top (NoWarn, warnings as errors), applied to every finding.</summary>
    public WarningPolicy WarningPolicy { get; init; } = WarningPolicy.None;

    public CancellationToken CancellationToken { get; init; }
}
