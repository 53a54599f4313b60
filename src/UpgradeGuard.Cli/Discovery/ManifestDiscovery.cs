using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Checking;
using UpgradeGuard.Core.Discovery;
using DiscoveryRule = UpgradeGuard.Core.Discovery.ManifestDiscovery;

namespace UpgradeGuard.Cli.Discovery;

/// <summary>
/// Turns the command line's paths into the files to check: files as named (explicit), folders searched for files
/// named like manifests (the engine then applies the discovery rule to each). FIFOs, sockets and devices in folders
/// are skipped: reading one may never end.
/// </summary>
public sealed class ManifestDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules" };

    private readonly string _workingDirectory;
    private readonly PathExcludes _excludes;
    private readonly StandardInputManifest? _standardInput;
    private readonly List<string> _problems = new List<string>();
    private readonly List<SearchedFolder> _folders = new List<SearchedFolder>();

    public ManifestDiscovery(string workingDirectory) : this(workingDirectory, PathExcludes.None, null)
    {
    }

    /// <param name="excludes">Paths skipped: files named or found, and folders while searching.</param>
    /// <param name="standardInput">What the path <c>-</c> reads; null when the command does not read standard input.</param>
    public ManifestDiscovery(string workingDirectory, PathExcludes excludes, StandardInputManifest? standardInput)
    {
        _workingDirectory = workingDirectory;
        _excludes = excludes;
        _standardInput = standardInput;
    }

    /// <summary>Paths that do not exist or folders that cannot be listed, in the order met.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The folders given on the command line, each with the files found in it, in the order given.</summary>
    public IReadOnlyList<SearchedFolder> Folders => _folders;

    public static bool IsManifestName(string fileName) => DiscoveryRule.HasManifestName(fileName);

    /// <summary>The files to check, once each (a file both named and found in a folder counts as named), by display path.</summary>
    public IReadOnlyList<ManifestFile> Discover(IReadOnlyList<string> paths)
    {
        var byFullPath = new Dictionary<string, ManifestFile>(DisplayPaths.Comparer);
        ManifestFile? fromStandardInput = null;
        foreach (var given in paths)
        {
            if (given == StandardInputManifest.Argument)
            {
                fromStandardInput ??= ReadStandardInput();
                continue;
            }
            var fullPath = Path.GetFullPath(given, _workingDirectory);
            if (_excludes.Excludes(fullPath) && (File.Exists(fullPath) || Directory.Exists(fullPath))) continue;
            if (File.Exists(fullPath))
            {
                byFullPath[fullPath] = new ManifestFile(fullPath, DisplayPaths.For(_workingDirectory, fullPath, given), isExplicit: true);
            }
            else if (Directory.Exists(fullPath))
            {
                var folder = new SearchedFolder(given);
                _folders.Add(folder);
                foreach (var found in Search(fullPath))
                {
                    folder.Files.Add(found);
                    if (byFullPath.ContainsKey(found)) continue;
                    var asGiven = Path.Join(given, Path.GetRelativePath(fullPath, found));
                    byFullPath[found] = new ManifestFile(found, DisplayPaths.For(_workingDirectory, found, asGiven), isExplicit: false);
                }
            }
            else
            {
                _problems.Add(ProblemMessages.Format($"'{given}' does not exist"));
            }
        }
        // The buffer an editor or a hook pipes in stands for the file of the same name on disk.
        if (fromStandardInput != null && !_excludes.Excludes(fromStandardInput.FullPath)) byFullPath[fromStandardInput.FullPath] = fromStandardInput;
        return byFullPath.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
    }

    private ManifestFile? ReadStandardInput()
    {
        if (_standardInput is null)
        {
            _problems.Add(ProblemMessages.Format("'-' (standard input) is read by 'check' only"));
            return null;
        }
        byte[] content;
        try
        {
            content = _standardInput.ReadAll();
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException)
        {
            _problems.Add(ProblemMessages.Format($"cannot read the standard input: {ex.Message}"));
            return null;
        }
        var name = _standardInput.FileName ?? StandardInputManifest.DefaultName;
        var fullPath = Path.GetFullPath(name, _workingDirectory);
        return new ManifestFile(fullPath, DisplayPaths.For(_workingDirectory, fullPath, name), isExplicit: true, content);
    }

    private IEnumerable<string> Search(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                // One listing per folder: names and attributes come together, so links need no extra call.
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                _problems.Add(ProblemMessages.Format($"cannot read folder '{directory}': {ex.Message}"));
                continue;
            }
            var subdirectories = new List<string>();
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo subdirectory)
                {
                    if (SkippedFolders.Contains(subdirectory.Name)) continue;
                    // Linked folders are not followed: they may loop, and they usually point outside the repository.
                    if ((subdirectory.Attributes & FileAttributes.ReparsePoint) != 0) continue;
                    if (_excludes.ExcludesItself(subdirectory.FullName)) continue;
                    subdirectories.Add(subdirectory.FullName);
                }
                else if (IsManifestName(entry.Name) && !_excludes.ExcludesItself(entry.FullName) && !FileTypes.IsSpecial(FileTypes.Of(entry.FullName)))
                {
                    yield return entry.FullName;
                }
            }
            // Pushed in reverse so folders are searched in listing order (the result is sorted anyway).
            for (int i = subdirectories.Count - 1; i >= 0; i--)
            {
                var subdirectory = subdirectories[i];
                pending.Push(subdirectory);
            }
        }
    }
}

/// <summary>A folder given on the command line and the full paths of the files found in it.</summary>
public sealed class SearchedFolder
{
    public SearchedFolder(string asGiven) => AsGiven = asGiven;

    public string AsGiven { get; }
    public HashSet<string> Files { get; } = new HashSet<string>(DisplayPaths.Comparer);
}
