using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace UpgradeGuard.Core.Configuration;

/// <summary>One parsed .editorconfig or .globalconfig file, read as Roslyn reads analyzer configuration.</summary>
public sealed class AnalyzerConfigFile
{
    public const string EditorConfigFileName = ".editorconfig";
    public const string GlobalConfigFileName = ".globalconfig";

    /// <summary>The global level Roslyn gives a file named .globalconfig (others: 0) unless it sets <c>global_level</c>.</summary>
    private const int DefaultGlobalFileLevel = 100;

    // As Roslyn: "key = value" or "key: value"; a trailing "# ..." or "; ..." is a comment.
    private static readonly Regex Property = new Regex(@"^\s*([\w\.\-]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Section = new Regex(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);

    private AnalyzerConfigFile(string filePath, string text, string directory, bool isRoot, bool isGlobal, int globalLevel, IReadOnlyDictionary<string, string> globalProperties, IReadOnlyList<AnalyzerConfigSection> sections)
    {
        FilePath = filePath;
        Text = text;
        Directory = directory;
        IsRoot = isRoot;
        IsGlobal = isGlobal;
        GlobalLevel = globalLevel;
        GlobalProperties = globalProperties;
        Sections = sections;
    }

    /// <summary>The path the file was read from.</summary>
    public string FilePath { get; }
    /// <summary>Its text (for UG0002, <see cref="ConfigurationProblems"/>).</summary>
    public string Text { get; }
    /// <summary>The folder the file is in; section globs are relative to it.</summary>
    public string Directory { get; }
    /// <summary><c>root = true</c> in the preamble: no .editorconfig further up applies.</summary>
    public bool IsRoot { get; }
    /// <summary>A global config: named .globalconfig or with <c>is_global = true</c>; its top-level keys apply to every file.</summary>
    public bool IsGlobal { get; }
    public int GlobalLevel { get; }
    /// <summary>The keys before the first section (lower-case keys).</summary>
    public IReadOnlyDictionary<string, string> GlobalProperties { get; }
    public IReadOnlyList<AnalyzerConfigSection> Sections { get; }

    public static AnalyzerConfigFile Parse(string text, string filePath)
    {
        var directory = Path.GetDirectoryName(filePath) ?? "";
        var preamble = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new List<AnalyzerConfigSection>();
        Dictionary<string, string> current = preamble;
        using (var reader = new StringReader(text))
        {
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';') continue;
                var section = Section.Match(line);
                if (section.Success)
                {
                    current = new Dictionary<string, string>(StringComparer.Ordinal);
                    var name = section.Groups[1].Value;
                    sections.Add(new AnalyzerConfigSection(name, EditorConfigGlob.Parse(name), current));
                    continue;
                }
                var property = Property.Match(line);
                if (property.Success)
                {
                    current[property.Groups[1].Value.ToLowerInvariant()] = property.Groups[2].Value;
                }
            }
        }

        bool isRoot = preamble.TryGetValue("root", out var root) && IsTrue(root);
        bool namedGlobal = string.Equals(Path.GetFileName(filePath), GlobalConfigFileName, StringComparison.OrdinalIgnoreCase);
        bool isGlobal = namedGlobal || (preamble.TryGetValue("is_global", out var global) && IsTrue(global));
        int level = namedGlobal ? DefaultGlobalFileLevel : 0;
        if (preamble.TryGetValue("global_level", out var levelText) && int.TryParse(levelText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            level = parsed;
        }
        return new AnalyzerConfigFile(filePath, text, directory, isRoot, isGlobal, level, preamble, sections);
    }

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A <c>[glob]</c> section of an .editorconfig and its keys (lower-case keys).</summary>
public sealed class AnalyzerConfigSection
{
    public AnalyzerConfigSection(string name, EditorConfigGlob glob, IReadOnlyDictionary<string, string> properties)
    {
        Name = name;
        Glob = glob;
        Properties = properties;
    }

    public string Name { get; }
    public EditorConfigGlob Glob { get; }
    public IReadOnlyDictionary<string, string> Properties { get; }
}
