using System;
using System.Collections.Generic;
using System.IO;

namespace UpgradeGuard.Core.Configuration;

/// <summary>Where <see cref="EditorConfigResolver"/> reads .editorconfig and .globalconfig files.</summary>
public abstract class ConfigFileSource
{
    /// <summary>The files on disk (the command line and the language server).</summary>
    public static readonly ConfigFileSource Disk = new DiskSource();

    /// <summary>Only the given files, by full path (the analyzer, which may not touch the disk).</summary>
    public static ConfigFileSource InMemory(IEnumerable<KeyValuePair<string, string>> files) => new InMemorySource(files);

    /// <summary>The text of the file at <paramref name="fullPath"/>, or null when there is none (or it cannot be read).</summary>
    public abstract string? TryRead(string fullPath);

    private sealed class DiskSource : ConfigFileSource
    {
        public override string? TryRead(string fullPath)
        {
            try
            {
                return File.Exists(fullPath) ? File.ReadAllText(fullPath) : null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // An unreadable configuration file configures nothing, as in Roslyn's editor experience.
                return null;
            }
        }
    }

    private sealed class InMemorySource : ConfigFileSource
    {
        private readonly Dictionary<string, string> _files;

        public InMemorySource(IEnumerable<KeyValuePair<string, string>> files)
        {
            _files = new Dictionary<string, string>(Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            foreach (var file in files) _files[Path.GetFullPath(file.Key)] = file.Value;
        }

        public override string? TryRead(string fullPath) => _files.TryGetValue(fullPath, out var text) ? text : null;
    }
}
