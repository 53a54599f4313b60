using System;
using System.Collections.Generic;
using System.IO;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

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
        var texts = new List<KeyValuePair<string, string>>(paths.Count);
        bool ok = true;
        foreach (var given in paths)
        {
            var fullPath = environment.FullPath(given);
            try
            {
                texts.Add(new KeyValuePair<string, string>(DisplayPaths.For(environment.WorkingDirectory, fullPath, given), RegularFile.ReadAllText(fullPath)));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                problems.Add(ProblemMessages.Format($"cannot read catalog '{given}': {ex.Message}"));
                ok = false;
            }
        }
        var catalogProblems = new List<Diagnostic>();
        var catalogs = CatalogLoader.WithExtras(texts, catalogProblems);
        foreach (var problem in catalogProblems) problems.Add(problem.ToMsBuildString(problem.FilePath));
        ok &= catalogProblems.Count == 0;
        return ok ? catalogs : null;
    }
}
