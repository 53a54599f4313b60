using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Fixing;

/// <summary>Reads a manifest, applies the engine's fixes to it (<see cref="FixAll"/>), and writes it back as it was encoded.</summary>
public sealed class ManifestFixer
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly UpgradeGuardEngine _engine;
    private readonly EditorConfigResolver _severities = new EditorConfigResolver();

    public ManifestFixer(CatalogSet catalogs) => _engine = new UpgradeGuardEngine(catalogs);

    public FileFix Fix(ManifestFile file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return FileFix.Unreadable(file, ProblemMessages.Format($"cannot read '{file.DisplayPath}': {ex.Message}"));
        }
        var options = new AnalysisOptions
        {
            IsExplicit = file.IsExplicit,
            // Severities as check sees them: a rule turned off (none) is not fixed either.
            Severities = _severities.ForFile(file.FullPath, warningsAsErrors: false),
            CancellationToken = cancellationToken,
        };
        var text = ManifestSource.Decode(bytes, out _);
        if (text is null) return NotFixable(file, _engine.Analyze(file.DisplayPath, bytes, options));
        var result = FixAll.Run(_engine, file.DisplayPath, text, options);
        if (!result.Changed && !FixAll.IsFixable(result.Final))
        {
            return result.Final.IsSkipped ? FileFix.Ignored(file) : NotFixable(file, result.Final);
        }
        return FileFix.Done(file, text, result, ByteOrderMark.StartsWith(bytes));
    }

    /// <summary>Writes the fixed text with the file's BOM (if it had one); its line breaks are the file's already.</summary>
    public static void Write(FileFix fix)
    {
        var body = Utf8.GetBytes(fix.Fixed);
        var bytes = fix.HasByteOrderMark ? ByteOrderMark.PrependUtf8(body) : body;
        File.WriteAllBytes(fix.File.FullPath, bytes);
    }

    /// <summary>The reason, located: <c>path(line,col): error UG1001: message (not fixed)</c>.</summary>
    private static FileFix NotFixable(ManifestFile file, AnalysisResult result)
    {
        var reason = result.Diagnostics.FirstOrDefault(d => d.Id == Core.Diagnostics.RuleIds.InvalidYaml)
            ?? result.Diagnostics.FirstOrDefault(d => d.Id == Core.Diagnostics.RuleIds.NotAnUpgradePlan)
            ?? result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
        string problem = reason is null
            ? $"{file.DisplayPath}(1,1): error: the file cannot be read as an upgrade plan; not fixed"
            : reason.ToMsBuildString(file.DisplayPath) + "; not fixed";
        return FileFix.NotFixable(file, problem);
    }
}
