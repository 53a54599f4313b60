using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Configuration;

/// <summary>
/// Severities from an explicit list of configuration files, as the compiler reads the ones a build hands it
/// (<c>@(EditorConfigFiles)</c>): global configs (.globalconfig, <c>is_global = true</c>) apply to every file,
/// a higher <c>global_level</c> and then a later file winning; .editorconfig sections apply to the files under
/// their folder, as <see cref="EditorConfigResolver"/> applies them. Files not in the list are never read.
/// </summary>
public sealed class ConfigurationFileSet
{
    private readonly Dictionary<string, string> _globalKeys;
    private readonly EditorConfigResolver _sections;

    private ConfigurationFileSet(IReadOnlyList<AnalyzerConfigFile> files, Dictionary<string, string> globalKeys, EditorConfigResolver sections)
    {
        Files = files;
        _globalKeys = globalKeys;
        _sections = sections;
    }

    /// <param name="files">Each file's full path and text, in the build's order.</param>
    public static ConfigurationFileSet FromFiles(IEnumerable<KeyValuePair<string, string>> files)
    {
        var all = new List<AnalyzerConfigFile>();
        var globals = new List<AnalyzerConfigFile>();
        var editorConfigs = new List<KeyValuePair<string, string>>();
        foreach (var file in files)
        {
            var parsed = AnalyzerConfigFile.Parse(file.Value, file.Key);
            all.Add(parsed);
            if (parsed.IsGlobal) globals.Add(parsed);
            else editorConfigs.Add(file);
        }
        var globalKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // OrderBy is stable: within one level, the later file wins.
        foreach (var global in globals.OrderBy(file => file.GlobalLevel))
        {
            foreach (var pair in global.GlobalProperties) globalKeys[pair.Key] = pair.Value;
        }
        return new ConfigurationFileSet(all, globalKeys, new EditorConfigResolver(source: ConfigFileSource.InMemory(editorConfigs)));
    }

    /// <summary>Every file of the set, in the build's order.</summary>
    public IReadOnlyList<AnalyzerConfigFile> Files { get; }

    /// <summary>UG0002 for the entries of every file of the set that cannot be read, each at UG0002's severity for that file.</summary>
    public List<Diagnostic> Problems()
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var file in Files)
        {
            var severity = ForFile(file.FilePath).Effective(Rules.Tool.InvalidSuppressionRule.Descriptor);
            diagnostics.AddRange(ConfigurationProblems.Diagnostics(file.FilePath, file.Text, severity));
        }
        return diagnostics;
    }

    /// <summary>The severities for the file at <paramref name="fullPath"/>, before any build-wide promotion or suppression.</summary>
    public SeverityConfiguration ForFile(string fullPath) => _sections.ForFile(fullPath, warningsAsErrors: false, _globalKeys);
}
