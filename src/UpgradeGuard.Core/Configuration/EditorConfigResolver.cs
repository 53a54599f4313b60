using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Configuration;

/// <summary>
/// Finds the rule severities configured for a file in .editorconfig and .globalconfig files, as Roslyn does:
/// the folders from the file's up to the one whose .editorconfig says <c>root = true</c> are searched; in
/// .editorconfig files, matching sections apply, later sections and closer files winning; .globalconfig files
/// (top-level keys) apply below every .editorconfig, a higher <c>global_level</c> and then a closer file winning.
/// Thread-safe; what is read is cached per folder, so one resolver serves a whole run.
/// </summary>
public sealed class EditorConfigResolver
{
    private static readonly StringComparer PathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly ConcurrentDictionary<string, IReadOnlyList<AnalyzerConfigFile>> _chains = new ConcurrentDictionary<string, IReadOnlyList<AnalyzerConfigFile>>(PathComparer);
    private readonly IReadOnlyList<RuleDescriptor> _rules;
    private readonly ConfigFileSource _source;

    /// <param name="rules">The rules whose severities are resolved (all of them by default).</param>
    /// <param name="source">Where configuration files are read (the disk by default; the analyzer passes the texts the build gave it).</param>
    public EditorConfigResolver(IReadOnlyList<RuleDescriptor>? rules = null, ConfigFileSource? source = null)
    {
        _rules = rules ?? RuleRegistry.Descriptors;
        _source = source ?? ConfigFileSource.Disk;
    }

    /// <summary>The severities for the file at <paramref name="path"/> (relative paths are taken from the current folder).</summary>
    /// <param name="outerProperties">
    /// Severity keys in force below every file this resolver finds (the compiler's global configuration, for the analyzer).
    /// A rule's own key still beats a category key wherever each comes from, as in Roslyn.
    /// </param>
    public SeverityConfiguration ForFile(string path, bool warningsAsErrors, IReadOnlyDictionary<string, string>? outerProperties = null)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        var chain = directory is null ? Array.Empty<AnalyzerConfigFile>() : ChainFor(directory);
        bool hasOuter = outerProperties is { Count: > 0 };
        if (chain.Count == 0 && !hasOuter) return warningsAsErrors ? new SeverityConfiguration(null, true) : SeverityConfiguration.Default;

        var settings = new SeveritySettings();
        if (hasOuter) settings.Apply(outerProperties!);
        foreach (var global in chain.Where(f => f.IsGlobal).OrderBy(f => f.GlobalLevel))
        {
            settings.Apply(global.GlobalProperties);
        }
        foreach (var editorConfig in chain.Where(f => !f.IsGlobal))
        {
            var relative = RelativePath(editorConfig.Directory, fullPath);
            if (relative is null) continue;
            foreach (var section in editorConfig.Sections)
            {
                if (section.Glob.IsMatch(relative)) settings.Apply(section.Properties);
            }
        }
        return new SeverityConfiguration(settings.Overrides(_rules), warningsAsErrors);
    }

    /// <summary>The configuration files this resolver reads for the file at <paramref name="path"/>, farthest first.</summary>
    public IReadOnlyList<AnalyzerConfigFile> FilesFor(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        return directory is null ? Array.Empty<AnalyzerConfigFile>() : ChainFor(directory);
    }

    /// <summary>The configuration files in force for files in <paramref name="directory"/>, farthest first.</summary>
    private IReadOnlyList<AnalyzerConfigFile> ChainFor(string directory)
    {
        if (_chains.TryGetValue(directory, out var cached)) return cached;
        var own = ReadDirectory(directory);
        IReadOnlyList<AnalyzerConfigFile> chain;
        var parent = Path.GetDirectoryName(directory);
        if (own.Any(f => f.IsRoot && !f.IsGlobal) || string.IsNullOrEmpty(parent))
        {
            chain = own;
        }
        else
        {
            var inherited = ChainFor(parent!);
            chain = own.Count == 0 ? inherited : inherited.Concat(own).ToList();
        }
        return _chains.GetOrAdd(directory, chain);
    }

    private List<AnalyzerConfigFile> ReadDirectory(string directory)
    {
        var files = new List<AnalyzerConfigFile>(2);
        foreach (var name in new[] { AnalyzerConfigFile.GlobalConfigFileName, AnalyzerConfigFile.EditorConfigFileName })
        {
            var path = Path.Combine(directory, name);
            var text = _source.TryRead(path);
            if (text != null) files.Add(AnalyzerConfigFile.Parse(text, path));
        }
        return files;
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="directory"/>, with '/', or null when outside it.</summary>
    internal static string? RelativePath(string directory, string fullPath)
    {
        var prefix = directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? directory : directory + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!fullPath.StartsWith(prefix, comparison)) return null;
        var relative = fullPath.Substring(prefix.Length);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
