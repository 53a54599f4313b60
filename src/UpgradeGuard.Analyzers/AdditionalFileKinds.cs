using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Text;
using EngineDiagnostic = UpgradeGuard.Core.Diagnostics.Diagnostic;
using Severity = UpgradeGuard.Core.Diagnostics.Severity;

namespace UpgradeGuard.Analyzers;

/// <summary>What an additional file is to UpgradeGuard.</summary>
internal enum AdditionalFileKind
{
    Other,
    Manifest,
    Catalog,
    EditorConfig,
    /// <summary>A .globalconfig above a manifest: read only to report its entries that cannot be read (UG0002).</summary>
    GlobalConfig,
    /// <summary>The package's list of the files above, one <c>role:path</c> line each (<see cref="AdditionalFileKinds"/>).</summary>
    FileList,
}

/// <summary>
/// What each additional file of a compilation is, and whether a manifest was found by the package's glob. Two ways in:
/// <list type="bullet">
/// <item>the package's targets: one additional file lists the others, a line <c>role:full path</c> each (roles
/// <c>discovered-manifest</c>, <c>manifest</c>, <c>catalog</c>, <c>editorconfig</c>, <c>globalconfig</c>), and is
/// itself marked by <c>build_metadata.UpgradeGuardAnalyzerInput.Role = file-list</c>. One marked file rather than a
/// mark on each: every additional file with compiler-visible metadata costs MSBuild and the compiler a generated
/// .editorconfig section on every build;</item>
/// <item>metadata on the additional file itself (<c>build_metadata.AdditionalFiles.UpgradeGuardManifest = true</c>,
/// <c>UpgradeGuardDiscovered</c>, <c>UpgradeGuardCatalog</c>, <c>UpgradeGuardEditorConfig</c>,
/// <c>UpgradeGuardGlobalConfig</c>), for a project that hands files to the analyzer itself.</item>
/// </list>
/// </summary>
internal sealed class AdditionalFileKinds
{
    /// <summary>Set for <c>UpgradeManifest</c> items.</summary>
    public const string ManifestMetadata = "UpgradeGuardManifest";
    /// <summary>
    /// Set on the <c>UpgradeManifest</c> items of the package's default glob: such a file is checked only when its header
    /// says it is a manifest. A manifest without it was added by hand, and is always checked.
    /// </summary>
    public const string DiscoveredMetadata = "UpgradeGuardDiscovered";
    /// <summary>Set for <c>UpgradeCatalog</c> items.</summary>
    public const string CatalogMetadata = "UpgradeGuardCatalog";
    /// <summary>
    /// Set for the .editorconfig files above the manifests: the compiler keeps their <c>dotnet_diagnostic.*.severity</c>
    /// keys from analyzers, so the analyzer reads the sections that match a manifest itself.
    /// </summary>
    public const string EditorConfigMetadata = "UpgradeGuardEditorConfig";
    /// <summary>
    /// Set for the .globalconfig files above the manifests. Their keys reach the analyzer through the compilation; the
    /// file comes in only so that an entry that cannot be read (UG0002) is reported at its line.
    /// </summary>
    public const string GlobalConfigMetadata = "UpgradeGuardGlobalConfig";

    /// <summary>The key that marks the package's list file.</summary>
    public const string FileListKey = "build_metadata.UpgradeGuardAnalyzerInput.Role";
    public const string FileListRole = "file-list";

    private const string Prefix = "build_metadata.AdditionalFiles.";
    private const string DiscoveredManifestRole = "discovered-manifest";
    private const string ManifestRole = "manifest";

    /// <summary>The roles of the list's lines, and what each makes a file.</summary>
    private static readonly Dictionary<string, (AdditionalFileKind Kind, bool Discovered)> Roles = new Dictionary<string, (AdditionalFileKind, bool)>(StringComparer.Ordinal)
    {
        [DiscoveredManifestRole] = (AdditionalFileKind.Manifest, true),
        [ManifestRole] = (AdditionalFileKind.Manifest, false),
        ["catalog"] = (AdditionalFileKind.Catalog, false),
        ["editorconfig"] = (AdditionalFileKind.EditorConfig, false),
        ["globalconfig"] = (AdditionalFileKind.GlobalConfig, false),
    };

    private readonly Dictionary<AdditionalText, (AdditionalFileKind Kind, bool Discovered)> _files = new Dictionary<AdditionalText, (AdditionalFileKind, bool)>();
    private readonly Dictionary<AdditionalText, string> _stamps = new Dictionary<AdditionalText, string>();
    private readonly List<EngineDiagnostic> _problems = new List<EngineDiagnostic>();

    private AdditionalFileKinds()
    {
    }

    /// <summary>
    /// UG0001 on a list file for each of its lines that cannot be read, or at its start when it cannot be read at all:
    /// reported on the list, so no manifest goes unchecked without a word.
    /// </summary>
    public IReadOnlyList<EngineDiagnostic> Problems => _problems;

    public IEnumerable<KeyValuePair<AdditionalText, AdditionalFileKind>> Files
    {
        get
        {
            foreach (var pair in _files) yield return new KeyValuePair<AdditionalText, AdditionalFileKind>(pair.Key, pair.Value.Kind);
        }
    }

    public AdditionalFileKind KindOf(AdditionalText file) => _files.TryGetValue(file, out var entry) ? entry.Kind : AdditionalFileKind.Other;

    /// <summary>True for a manifest the package's glob found, false for one added by hand.</summary>
    public bool IsDiscovered(AdditionalText file) => _files.TryGetValue(file, out var entry) && entry.Discovered;

    /// <summary>
    /// The file's modification time as the list gives it (a build's list, not a design-time build's), or null: the
    /// findings of a manifest whose time did not change may come from the cache without reading the file.
    /// </summary>
    public string? StampOf(AdditionalText file) => _stamps.TryGetValue(file, out var stamp) ? stamp : null;

    public static AdditionalFileKinds Of(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var kinds = new AdditionalFileKinds();
        var roles = new Dictionary<string, (string Role, string Stamp)>(StringComparer.Ordinal);
        var unmarked = new List<AdditionalText>();
        foreach (var file in files)
        {
            var options = provider.GetOptions(file);
            if (options.TryGetValue(FileListKey, out var role) && string.Equals(role.Trim(), FileListRole, StringComparison.OrdinalIgnoreCase))
            {
                kinds._files[file] = (AdditionalFileKind.FileList, false);
                kinds.ReadList(file, roles, cancellationToken);
                continue;
            }
            var kind = FromMetadata(options);
            if (kind == AdditionalFileKind.Other) unmarked.Add(file);
            else kinds._files[file] = (kind, kind == AdditionalFileKind.Manifest && IsSet(options, DiscoveredMetadata));
        }
        if (roles.Count == 0) return kinds;

        Dictionary<string, (string Role, string Stamp)>? normalized = null;
        foreach (var file in unmarked)
        {
            if (!roles.TryGetValue(file.Path, out var listed))
            {
                // The list has MSBuild's full paths; the compiler keeps a relative item's "../" segments, and on a file
                // system that ignores case the two may differ in case.
                normalized ??= Normalized(roles);
                if (!normalized.TryGetValue(Normalize(file.Path), out listed)) continue;
            }
            if (listed.Stamp.Length > 0) kinds._stamps[file] = listed.Stamp;
            kinds._files[file] = Roles[listed.Role];
        }
        return kinds;
    }

    private void ReadList(AdditionalText list, Dictionary<string, (string Role, string Stamp)> roles, CancellationToken cancellationToken)
    {
        var text = list.GetText(cancellationToken);
        if (text is null)
        {
            _problems.Add(EngineDiagnostic.AtFileStart(RuleRegistry.InternalError, list.Path, "the package's list of manifests cannot be read; build the project again"));
            return;
        }
        foreach (var line in text.Lines)
        {
            var content = line.ToString();
            if (content.Trim().Length == 0) continue;
            ParseLine(content, out var role, out var stamp, out var path);
            if (path.Length == 0 || !Roles.ContainsKey(role))
            {
                var span = new SourceSpan(line.LineNumber + 1, 1, line.LineNumber + 1, line.Span.Length + 1, line.Span.Start, line.Span.End);
                _problems.Add(new EngineDiagnostic(RuleRegistry.InternalError, list.Path, span,
                    $"line {line.LineNumber + 1} of the package's list of manifests cannot be read (\"{content}\"); build the project again", Severity.Error));
                continue;
            }
            // A file both found by the glob and added by hand is checked as named (the targets keep one item, but say so here too).
            if (roles.TryGetValue(path, out var earlier) && earlier.Role == ManifestRole && role == DiscoveredManifestRole) continue;
            roles[path] = (role, stamp);
        }
    }

    /// <summary>"role:path", or "role@time@:path" (the time has colons of its own, never an '@').</summary>
    private static void ParseLine(string line, out string role, out string stamp, out string path)
    {
        role = stamp = path = "";
        var colon = line.IndexOf(':');
        var at = line.IndexOf('@');
        if (at > 0 && (colon < 0 || at < colon))
        {
            var close = line.IndexOf("@:", at + 1, StringComparison.Ordinal);
            if (close < 0) return;
            role = line.Substring(0, at);
            stamp = line.Substring(at + 1, close - at - 1);
            path = line.Substring(close + 2);
            return;
        }
        if (colon <= 0) return;
        role = line.Substring(0, colon);
        path = line.Substring(colon + 1);
    }

    private static Dictionary<string, (string Role, string Stamp)> Normalized(Dictionary<string, (string Role, string Stamp)> roles)
    {
        var result = new Dictionary<string, (string Role, string Stamp)>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in roles)
        {
            var key = Normalize(pair.Key);
            if (!result.ContainsKey(key)) result[key] = pair.Value;
        }
        return result;
    }

    /// <summary>
    /// The path with "." and ".." segments resolved, as the file system would (no disk access for a full path):
    /// "/a/b/../c" and "/a/c" are one file. A path the platform cannot take stays as it is.
    /// </summary>
    internal static string Normalize(string path)
    {
        try
        {
            return System.IO.Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is System.IO.PathTooLongException || ex is System.Security.SecurityException)
        {
            return path;
        }
    }

    private static AdditionalFileKind FromMetadata(AnalyzerConfigOptions options)
    {
        if (IsSet(options, ManifestMetadata)) return AdditionalFileKind.Manifest;
        if (IsSet(options, CatalogMetadata)) return AdditionalFileKind.Catalog;
        if (IsSet(options, EditorConfigMetadata)) return AdditionalFileKind.EditorConfig;
        if (IsSet(options, GlobalConfigMetadata)) return AdditionalFileKind.GlobalConfig;
        return AdditionalFileKind.Other;
    }

    private static bool IsSet(AnalyzerConfigOptions options, string metadata) =>
        options.TryGetValue(Prefix + metadata, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
