using System.IO;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>How CI formats and the baseline name a file: relative to the repository root with '/', else the display path.</summary>
public static class ReportPaths
{
    public static string RepositoryRelative(CheckReport report, string displayPath, string repositoryRoot)
    {
        var fullPath = report.FilesByDisplayPath.TryGetValue(displayPath, out var file) ? file.FullPath : Path.GetFullPath(displayPath);
        return DisplayPaths.RelativeTo(repositoryRoot, fullPath) ?? displayPath;
    }

    public static string RepositoryRelative(CheckReport report, Diagnostic diagnostic, string repositoryRoot) =>
        RepositoryRelative(report, diagnostic.FilePath, repositoryRoot);

    /// <summary>The finding's fingerprint: the same in SARIF, GitLab Code Quality and the baseline.</summary>
    public static string Fingerprint(CheckReport report, Diagnostic diagnostic, string repositoryRoot) =>
        report.IdentityOf(diagnostic).Fingerprint(RepositoryRelative(report, diagnostic, repositoryRoot));
}
