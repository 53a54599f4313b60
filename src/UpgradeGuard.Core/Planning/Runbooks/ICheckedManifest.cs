using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>
/// What a runbook reads of a checked manifest: its path, its findings, the manifest and the plan. The engine's
/// <c>AnalysisResult</c> is one; Planning names only what it reads, so it does not depend on the engine above it.
/// </summary>
public interface ICheckedManifest
{
    string FilePath { get; }
    IReadOnlyList<Diagnostic> Diagnostics { get; }
    bool IsManifest { get; }
    Manifest? Manifest { get; }
    UpgradePlan? Plan { get; }
}
