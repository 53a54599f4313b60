using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Manifests;
using DiscoveryRule = UpgradeGuard.Core.Discovery.ManifestDiscovery;

namespace UpgradeGuard.Cli.Commands;

/// <summary>The inputs several commands share, defined once so they read and validate the same everywhere.</summary>
internal static class CommonInputs
{
    /// <summary>Files, or folders searched for manifests; a token that looks like an option is an error, not a file name.</summary>
    public static Argument<string[]> ManifestPaths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Manifest files, or folders searched for *.upgrade.yaml and *.upgrade.yml (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}' (for a file whose name starts with '-', write ./{token.Value}).");
                }
            }
        });
        return paths;
    }

    /// <summary><c>--catalog FILE</c>, repeatable.</summary>
    public static Option<string[]> Catalogs() => new("--catalog")
    {
        Description = "An extra catalog file (repeatable); its upgrades and database ranges add to the built-in catalog.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--exclude GLOB</c>, repeatable.</summary>
    public static Option<string[]> Excludes() => new("--exclude")
    {
        Description = "Skip the files and folders that match this glob, relative to the repository root (repeatable): 'legacy/**', '**/*.draft.upgrade.yaml'.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--allow-empty</c>: a folder that holds no manifest is not an error.</summary>
    public static Option<bool> AllowEmpty() => new("--allow-empty")
    {
        Description = "Exit 0 when a folder given holds no upgrade manifest (by default that is exit 2: a wrong path must not pass).",
    };

    /// <summary>
    /// What check and fix work on: the catalogs (null when a <c>--catalog</c> file is unusable), the files found
    /// under <paramref name="paths"/> (the current folder when none), and the folders searched. Every problem met is
    /// added to <paramref name="problems"/>.
    /// </summary>
    /// <param name="excludes">The <c>--exclude</c> globs, relative to the repository root.</param>
    /// <param name="standardInput">What the path <c>-</c> reads (check only).</param>
    public static (CatalogSet? Catalogs, IReadOnlyList<ManifestFile> Files, IReadOnlyList<SearchedFolder> Folders) Load(
        IReadOnlyList<string> paths,
        IReadOnlyList<string> catalogFiles,
        CliEnvironment environment,
        List<string> problems,
        IReadOnlyList<string>? excludes = null,
        StandardInputManifest? standardInput = null)
    {
        var catalogs = CatalogFiles.Load(catalogFiles, environment, problems);
        if (catalogs is null) return (null, new List<ManifestFile>(), new List<SearchedFolder>());
        var pathExcludes = excludes is { Count: > 0 } ? new PathExcludes(RepositoryRoot.Find(environment.WorkingDirectory), excludes) : PathExcludes.None;
        var discovery = new ManifestDiscovery(environment.WorkingDirectory, pathExcludes, standardInput);
        var files = discovery.Discover(paths.Count > 0 ? paths : new[] { "." });
        problems.AddRange(discovery.Problems);
        return (catalogs, files, discovery.Folders);
    }

    /// <summary>
    /// A problem for each folder given in which no file is a manifest: nothing found by its name, or only files the
    /// discovery rule skips (<paramref name="skipped"/>, full paths). A user who points CI at the wrong folder must
    /// not get a green run. Nothing when <paramref name="allowEmpty"/>.
    /// </summary>
    public static void ReportEmptyFolders(IReadOnlyList<SearchedFolder> folders, IReadOnlyCollection<string> skipped, bool allowEmpty, CliEnvironment environment, List<string> problems)
    {
        if (allowEmpty) return;
        foreach (var folder in folders)
        {
            if (folder.Files.Any(file => !skipped.Contains(file))) continue;
            string why;
            if (folder.Files.Count == 0)
            {
                why = $"no {DiscoveryRule.SuffixesText} file in it";
            }
            else
            {
                var first = folder.Files.Select(file => DisplayPaths.For(environment.WorkingDirectory, file, file)).OrderBy(path => path, StringComparer.Ordinal).First();
                why = folder.Files.Count == 1
                    ? $"'{first}' was skipped: it has neither an apiVersion starting with '{DiscoveryRule.ApiVersionPrefix}' nor kind '{ManifestKind.UpgradePlan}'"
                    : $"its {folder.Files.Count} files named like manifests were skipped ('{first}', ...): none has an apiVersion starting with '{DiscoveryRule.ApiVersionPrefix}' or kind '{ManifestKind.UpgradePlan}'";
            }
            problems.Add(ProblemMessages.Format($"'{folder.AsGiven}' holds no upgrade manifest ({why}); check the path, or pass --allow-empty"));
        }
    }

    /// <summary>Writes the problems to standard error, one per line.</summary>
    public static void WriteProblems(CliEnvironment environment, IEnumerable<string> problems)
    {
        foreach (var problem in problems) environment.Error.WriteLine(problem);
        environment.Error.Flush();
    }
}
