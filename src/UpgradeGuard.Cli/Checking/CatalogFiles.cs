using System;
using System.Collections.Generic;
using System.IO;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli.Checking;

/// <summary>Loads the <c>--catalog</c> files on top of the built-in catalog.</summary>
public static class CatalogFiles
{
    /// <summary>
    /// The merged catalogs, or null when a file cannot be read or has problems; each problem is added to
    /// <paramref name="problems"/> as <c>path(line,col): error UG1002: message</c>.
    /// </summary>
    public static CatalogSet? Load(IReadOnlyList<string> paths, CliEnvironment environment, List<string> problems)
    {
        var catalogs = CatalogLoader.BuiltIn;
        bool ok = true;
        foreach (var given in paths)
        {
            var fullPath = environment.FullPath(given);
            var displayPath = DisplayPaths.For(environment.WorkingDirectory, fullPath, given);
            string text;
            try
            {
                text = File.ReadAllText(fullPath);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                problems.Add(ProblemMessages.Format($"cannot read catalog '{given}': {ex.Message}"));
                ok = false;
                continue;
            }
            var sink = new FindingSink();
            var extra = CatalogLoader.Load(text, sink);
            foreach (var finding in sink.Findings)
            {
                var diagnostic = new Diagnostic(finding.Rule, displayPath, finding.Span, finding.Message, Severity.Error);
                problems.Add(diagnostic.ToMsBuildString(displayPath));
            }
            if (extra is null || sink.Findings.Count > 0)
            {
                ok = false;
                continue;
            }
            catalogs = catalogs.Merge(extra);
        }
        return ok ? catalogs : null;
    }
}
