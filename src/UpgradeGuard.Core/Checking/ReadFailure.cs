using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Checking;

/// <summary>
/// Why a file could not be read: it is missing, a folder, unreadable, or not a regular file (a FIFO, socket or device,
/// which is never opened: reading one may wait for ever).
/// </summary>
/// <param name="Reason">The system's message, or what the path is (<see cref="Discovery.FileTypes.NotReadableReason"/>).</param>
/// <param name="IsNotRegularFile">True for a FIFO, socket or device: a file found by its name is then skipped, not reported.</param>
public sealed record ReadFailure(string Reason, bool IsNotRegularFile)
{
    /// <summary>The failure as a finding on the file (UG1001 at its start), for surfaces that report findings only.</summary>
    public Diagnostic ToDiagnostic(string filePath) =>
        Diagnostic.AtFileStart(ManifestFindings.InvalidYaml, filePath, $"the file cannot be read: {Reason}");
}
