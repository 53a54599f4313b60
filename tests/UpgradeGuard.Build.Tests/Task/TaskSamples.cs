using System.IO;
using UpgradeGuard.Build.Tests.Infrastructure;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>Manifests the task's tests use besides the shared ones (tests/Shared).</summary>
public static class TaskSamples
{
    /// <summary>samples/notargets-repo/clusters/amsterdam.upgrade.yaml: UG4001 at (19,7) and UG2001 at (19,16), both errors.</summary>
    public static string Amsterdam { get; } = Path.Combine(RepositoryPaths.Root, "samples", "notargets-repo", "clusters", "amsterdam.upgrade.yaml");

    /// <summary>The start of <see cref="SampleManifests.Lab"/>'s UG5001 (a warning in the Schedule category): line 9, columns 10 to 26.</summary>
    public const int LabLine = 9;
    public const int LabColumn = 10;
    public const int LabEndColumn = 26;

    /// <summary>A clean plan to 5.5.1, which is not the latest: UG2006 (info) at (11,7)-(11,12) and nothing else.</summary>
    public const string NotLatest = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.4.4
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
          window: 1h
        upgrade:
          to: 5.5.1
          steps:
            - snapshot: all
            - upgrade: 5.5.1

        """;
}
