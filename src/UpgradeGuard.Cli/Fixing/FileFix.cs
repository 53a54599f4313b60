using System.Collections.Generic;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Fixes;

namespace UpgradeGuard.Cli.Fixing;

public enum FileFixStatus
{
    /// <summary>Nothing to fix.</summary>
    Unchanged,
    /// <summary>Fixes apply: <see cref="FileFix.Fixed"/> differs from <see cref="FileFix.Original"/>.</summary>
    Changed,
    /// <summary>Found in a folder but not an upgrade plan: ignored, as <c>check</c> ignores it.</summary>
    Ignored,
    /// <summary>Not valid YAML, or named on the command line but not an upgrade plan: left untouched.</summary>
    NotFixable,
    /// <summary>The file cannot be read.</summary>
    Unreadable,
}

/// <summary>What fixing one file gives: its text before and after (without BOM), or why it was left alone.</summary>
public sealed class FileFix
{
    private FileFix(ManifestFile file, FileFixStatus status, string original, string @fixed, bool hasByteOrderMark, IReadOnlyList<CodeFix> applied, string? problem)
    {
        File = file;
        Status = status;
        Original = original;
        Fixed = @fixed;
        HasByteOrderMark = hasByteOrderMark;
        Applied = applied;
        Problem = problem;
    }

    public ManifestFile File { get; }
    public FileFixStatus Status { get; }
    public string Original { get; }
    public string Fixed { get; }
    /// <summary>The file starts with a UTF-8 BOM, which a written file keeps.</summary>
    public bool HasByteOrderMark { get; }
    public IReadOnlyList<CodeFix> Applied { get; }
    /// <summary>For <see cref="FileFixStatus.NotFixable"/> and <see cref="FileFixStatus.Unreadable"/>: the line for the standard error.</summary>
    public string? Problem { get; }

    public static FileFix Done(ManifestFile file, string original, FixAllResult result, bool hasByteOrderMark) =>
        new FileFix(file, result.Changed ? FileFixStatus.Changed : FileFixStatus.Unchanged, original, result.Text, hasByteOrderMark, result.Applied, null);

    public static FileFix Ignored(ManifestFile file) => new FileFix(file, FileFixStatus.Ignored, "", "", false, new CodeFix[0], null);

    public static FileFix NotFixable(ManifestFile file, string problem) => new FileFix(file, FileFixStatus.NotFixable, "", "", false, new CodeFix[0], problem);

    public static FileFix Unreadable(ManifestFile file, string problem) => new FileFix(file, FileFixStatus.Unreadable, "", "", false, new CodeFix[0], problem);
}
