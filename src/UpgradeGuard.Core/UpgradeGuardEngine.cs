using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Discovery;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core;

/// <summary>How one file is checked.</summary>
public sealed class AnalysisOptions
{
    public static readonly AnalysisOptions Default = new AnalysisOptions();

    /// <summary>
    /// True when the user named the file (command line, an <c>UpgradeManifest</c> item added by hand): it is always
    /// checked, and a file that is not an upgrade plan gets UG1003. False when it was found by its name (a folder on
    /// the command line, the package's default glob, an editor): it is then checked only when its header says it is
    /// a manifest (<see cref="Discovery.ManifestDiscovery.IsManifest"/>), and skipped otherwise.
    /// </summary>
    public bool IsExplicit { get; set; } = true;
    public SeverityConfiguration Severities { get; set; } = SeverityConfiguration.Default;
    public CancellationToken CancellationToken { get; set; }
}

/// <summary>The findings for one file, and what was read.</summary>
public sealed class AnalysisResult : Planning.Runbooks.ICheckedManifest
{
    public AnalysisResult(string filePath, IReadOnlyList<Diagnostic> diagnostics, bool isManifest, Manifest? manifest, UpgradePlan? plan, string? text = null, YamlNode? root = null,
        IReadOnlyList<Diagnostic>? suppressedDiagnostics = null, bool isSkipped = false)
    {
        FilePath = filePath;
        Diagnostics = diagnostics;
        SuppressedDiagnostics = suppressedDiagnostics ?? Array.Empty<Diagnostic>();
        IsManifest = isManifest;
        Manifest = manifest;
        Plan = plan;
        Text = text;
        Root = root;
        IsSkipped = isSkipped;
    }

    public string FilePath { get; }
    /// <summary>Sorted by line, column, id; suppressions and severities applied.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    /// <summary>
    /// The findings a suppression comment silences, each marked with its comment (<see cref="Diagnostic.Suppression"/>),
    /// sorted like <see cref="Diagnostics"/>. Only SARIF reports them (as suppressed results); they never count.
    /// </summary>
    public IReadOnlyList<Diagnostic> SuppressedDiagnostics { get; }
    /// <summary>True when the file was checked as an upgrade plan (its kind is UpgradePlan, or it did not parse).</summary>
    public bool IsManifest { get; }
    /// <summary>
    /// True when discovery skips the file: found by its name, not named explicitly, and its header says it is not a
    /// manifest (another tool's file). It has no diagnostics and is not counted as checked.
    /// </summary>
    public bool IsSkipped { get; }
    public Manifest? Manifest { get; }
    public UpgradePlan? Plan { get; }
    /// <summary>The text checked (without a BOM), or null when it was not valid UTF-8: spans' offsets index it.</summary>
    public string? Text { get; }
    /// <summary>The YAML tree, or null when the file does not parse (for <see cref="FindingIdentities"/>).</summary>
    public YamlNode? Root { get; }
}

/// <summary>The engine every surface shares: text in, located diagnostics out. It never throws for any input.</summary>
public sealed class UpgradeGuardEngine
{
    public UpgradeGuardEngine(CatalogSet? catalogs = null) => Catalogs = catalogs ?? CatalogLoader.BuiltIn;

    public CatalogSet Catalogs { get; }

    /// <summary>Checks a file's bytes: UTF-8 (with or without BOM); anything else is UG1001 at the first bad byte.</summary>
    public AnalysisResult Analyze(string filePath, byte[] bytes, AnalysisOptions? options = null)
    {
        var text = ManifestSource.Decode(bytes, out var invalidAt);
        if (text != null) return Analyze(filePath, text, options);
        var sink = new FindingSink();
        int badByte = ManifestSource.FirstInvalidByte(bytes, 0);
        sink.Report(ManifestFindings.InvalidYaml, invalidAt, $"the file is not valid UTF-8: byte 0x{bytes[Math.Max(0, badByte)]:X2} at line {invalidAt.StartLine}, column {invalidAt.StartColumn}; save the file as UTF-8");
        return Finish(filePath, sink, Suppressions.None, options ?? AnalysisOptions.Default, true, null, null, null);
    }

    /// <summary>Checks a file's text. Never throws: an unexpected failure becomes a UG0001 diagnostic on the file.</summary>
    public AnalysisResult Analyze(string filePath, string text, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        try
        {
            return AnalyzeCore(filePath, text, options);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var sink = new FindingSink();
            sink.Report(RuleRegistry.InternalError, SourceSpan.FileStart, RuleRegistry.InternalErrorMessage(ex));
            return Finish(filePath, sink, Suppressions.None, options, true, null, null, null);
        }
    }

    private AnalysisResult AnalyzeCore(string filePath, string text, AnalysisOptions options)
    {
        // The boundary: positions are counted without a leading BOM, as editors and SourceText count them.
        text = ByteOrderMark.Strip(text);
        options.CancellationToken.ThrowIfCancellationRequested();
        var sink = new FindingSink();
        int nonPrintable = ManifestSource.FirstNonPrintable(text);
        if (nonPrintable >= 0)
        {
            sink.Report(ManifestFindings.InvalidYaml, new SourceSpan(0, 0, 0, 0, nonPrintable, nonPrintable + 1), NonPrintableMessage(text[nonPrintable]));
            return Finish(filePath, sink, Suppressions.None, options, true, null, null, text);
        }
        var document = YamlTreeReader.Read(text);
        if (!document.IsValid)
        {
            // Comments of a file that does not parse cannot be told apart from text, so UG1001 is never suppressed.
            sink.Report(ManifestFindings.InvalidYaml, Widen(YamlErrorPosition(document.ErrorSpan!.Value, document.Error!, text), text), document.Error!);
            return Finish(filePath, sink, Suppressions.None, options, true, null, null, text);
        }
        var suppressions = Suppressions.Read(text, document.Root);
        if (document.Root is not YamlMapping root)
        {
            if (!options.IsExplicit) return Skipped(filePath, null, text, document.Root);
            ManifestKind.ReportNotAnUpgradePlan(sink, null, document.Root);
            return Finish(filePath, sink, suppressions, options, false, null, null, text, document.Root);
        }

        var binder = new ManifestBinder(sink, Catalogs.EngineIds);
        var manifest = binder.Bind(root);
        // The discovery rule: a file found by its name is checked only when its header says it is a manifest.
        if (!options.IsExplicit && !ManifestDiscovery.IsManifest(manifest)) return Skipped(filePath, manifest, text, root);
        if (!ManifestKind.IsUpgradePlan(manifest))
        {
            // A wrong kind is the one finding: the rest of the file may be something else entirely.
            var only = new FindingSink();
            ManifestKind.ReportNotAnUpgradePlan(only, manifest, root);
            return Finish(filePath, only, suppressions, options, false, manifest, null, text, root);
        }
        binder.BindBody(manifest);
        options.CancellationToken.ThrowIfCancellationRequested();

        var product = manifest.Product is { IsValid: true } named ? Catalogs.Find(named.Value) : manifest.Product is null ? Catalogs.Default : null;
        var plan = product is null ? null : UpgradePlan.Build(manifest, product);
        var context = new RuleContext(manifest, Catalogs, product, plan, sink);
        foreach (var rule in RuleRegistry.All)
        {
            rule.Check(context);
        }
        return Finish(filePath, sink, suppressions, options, true, manifest, plan, text, root);
    }

    private static string NonPrintableMessage(char c) => char.IsSurrogate(c)
        ? $"the text contains half of a character (the lone UTF-16 surrogate U+{(int)c:X4}, as while an emoji is being typed), which YAML does not allow; complete or remove the character"
        : $"the file contains the control character U+{(int)c:X4}, which YAML does not allow; remove it (is the file binary or saved in another encoding?)";

    /// <summary>An empty error position becomes the character there, so every surface can underline it.</summary>
    private static SourceSpan Widen(SourceSpan span, string text)
    {
        if (span.Length > 0 || span.StartOffset >= text.Length || LineMap.IsLineBreak(text[span.StartOffset])) return span;
        return new SourceSpan(span.StartLine, span.StartColumn, span.EndLine, span.StartColumn + 1, span.StartOffset, span.StartOffset + 1);
    }

    /// <summary>YamlDotNet places a tab-indentation error at the start of the file: point at the first indenting tab.</summary>
    private static SourceSpan YamlErrorPosition(SourceSpan reported, string message, string text)
    {
        if (reported.StartOffset != 0 || message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) < 0) return reported;
        bool lineStart = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (LineMap.IsLineBreak(c)) { lineStart = true; continue; }
            if (lineStart && c == '\t') return new SourceSpan(0, 0, 0, 0, i, i + 1);
            if (c != ' ') lineStart = false;
        }
        return reported;
    }

    private static AnalysisResult Skipped(string filePath, Manifest? header, string text, YamlNode? root) =>
        new AnalysisResult(filePath, Array.Empty<Diagnostic>(), false, header, null, text, root, isSkipped: true);

    private static AnalysisResult Finish(string filePath, FindingSink sink, Suppressions suppressions, AnalysisOptions options, bool isManifest, Manifest? manifest, UpgradePlan? plan, string? text, YamlNode? root = null)
    {
        var suppressed = new List<Diagnostic>();
        var diagnostics = sink.ToDiagnostics(filePath, options.Severities, suppressions, text, suppressed, checkSuppressions: isManifest);
        return new AnalysisResult(filePath, diagnostics, isManifest, manifest, plan, text, root, suppressed);
    }
}
