using System;
using System.Collections.Generic;
using System.IO;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Checking;

namespace UpgradeGuard.Cli.Baselines;

/// <summary>What <c>check --baseline FILE</c> and <c>--write-baseline FILE</c> do with the files.</summary>
public static class BaselineOptions
{
    /// <summary>The entries of <paramref name="path"/>, or null with a problem added (a missing or broken baseline exits 2).</summary>
    public static IReadOnlyList<BaselineEntry>? Load(string path, CliEnvironment environment, List<string> problems)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(environment.FullPath(path));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            problems.Add(ProblemMessages.Format($"cannot read baseline '{path}': {ex.Message} (create it with --write-baseline)"));
            return null;
        }
        var entries = BaselineFile.Read(bytes, out var error);
        if (entries is null) problems.Add(ProblemMessages.Format($"baseline '{path}' cannot be used: {error}"));
        return entries;
    }

    /// <summary>Writes every finding of <paramref name="report"/> (before any baseline filtering) to <paramref name="path"/>.</summary>
    public static bool Save(string path, CheckReport report, string repositoryRoot, CliEnvironment environment, List<string> problems)
    {
        try
        {
            var fullPath = environment.FullPath(path);
            var directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            using var stream = new FileStream(fullPath, FileMode.Create, FileAccess.Write);
            BaselineFile.Write(BaselineFile.EntriesOf(report, repositoryRoot), stream);
            return true;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            problems.Add(ProblemMessages.Format($"cannot write baseline '{path}': {ex.Message}"));
            return false;
        }
    }
}
