using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Build;

/// <summary>
/// The task's findings on each manifest, kept under obj/ from one build to the next, so a build where one manifest of a
/// thousand changed checks that one and reports the others' findings from here. An entry is found by the file's full
/// path, whether it was named or found by the glob, its length and its modification time (as MSBuild's incremental
/// build trusts file times); the whole file by the context: the catalogs' and configuration files' paths and texts,
/// the build's warning switches and the task's own assemblies. Anything else (another context, a file that cannot be
/// read or parsed) is an empty cache: the check then runs in full, as it did before there was one. Only results the
/// engine produced are kept: a file that could not be read, was skipped, or met an internal error is checked again.
/// </summary>
internal sealed class FindingsCache
{
    private const string Header = "upgradeguard-task-findings 1";

    private readonly string _context;
    private readonly Dictionary<(string FullPath, bool IsExplicit), Entry> _entries;

    private FindingsCache(string context, Dictionary<(string FullPath, bool IsExplicit), Entry> entries)
    {
        _context = context;
        _entries = entries;
    }

    private static FindingsCache Empty(string context) => new FindingsCache(context, new Dictionary<(string, bool), Entry>());

    /// <summary>The cache at <paramref name="path"/> when it was written in this <paramref name="context"/>; otherwise an empty one.</summary>
    public static FindingsCache Load(string? path, string context)
    {
        if (string.IsNullOrEmpty(path)) return Empty(context);
        try
        {
            if (!File.Exists(path)) return Empty(context);
            using var reader = new StreamReader(path!, new UTF8Encoding(false));
            if (reader.ReadLine() != Header || reader.ReadLine() != "context " + context) return Empty(context);
            var entries = new Dictionary<(string, bool), Entry>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                var fields = line.Split('\t');
                if (fields.Length != 6 || fields[0] != "file") return Empty(context);
                var stamp = new FileStamp(long.Parse(fields[2], CultureInfo.InvariantCulture), long.Parse(fields[3], CultureInfo.InvariantCulture));
                int count = int.Parse(fields[4], CultureInfo.InvariantCulture);
                var findings = new List<Diagnostic>(count);
                for (int i = 0; i < count; i++)
                {
                    if (reader.ReadLine() is not { } finding || ParseFinding(finding) is not { } diagnostic) return Empty(context);
                    findings.Add(diagnostic);
                }
                entries[(Unescape(fields[5]), fields[1] == "1")] = new Entry(stamp, findings);
            }
            return new FindingsCache(context, entries);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is FormatException || ex is OverflowException || ex is ArgumentException)
        {
            return Empty(context);
        }
    }

    /// <summary>The findings kept for the file at <paramref name="fullPath"/> when it had this <paramref name="stamp"/>.</summary>
    public bool TryGet(string fullPath, bool isExplicit, FileStamp stamp, out IReadOnlyList<Diagnostic> findings)
    {
        if (_entries.TryGetValue((fullPath, isExplicit), out var entry) && entry.Stamp.Equals(stamp))
        {
            findings = entry.Findings;
            return true;
        }
        findings = Array.Empty<Diagnostic>();
        return false;
    }

    /// <summary>A cache of these entries only (files no longer checked go), in this context.</summary>
    public static FindingsCache Of(string context, IEnumerable<(string FullPath, bool IsExplicit, FileStamp Stamp, IReadOnlyList<Diagnostic> Findings)> entries)
    {
        var cache = Empty(context);
        foreach (var (fullPath, isExplicit, stamp, findings) in entries) cache._entries[(fullPath, isExplicit)] = new Entry(stamp, findings);
        return cache;
    }

    /// <summary>Writes the cache beside its final place, then moves it there, so a build stopped halfway leaves no half a file.</summary>
    public void Save(string path)
    {
        var text = new StringBuilder().Append(Header).Append('\n').Append("context ").Append(_context).Append('\n');
        foreach (var pair in _entries)
        {
            text.Append("file\t").Append(pair.Key.IsExplicit ? '1' : '0').Append('\t')
                .Append(pair.Value.Stamp.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(pair.Value.Stamp.LastWriteUtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(pair.Value.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Escape(pair.Key.FullPath)).Append('\n');
            foreach (var finding in pair.Value.Findings) AppendFinding(text, finding);
        }
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
            if (File.Exists(path)) File.Delete(path);
            File.Move(temporary, path);
        }
        finally
        {
            // Another build of the project may have written the cache first: its file stands, ours goes.
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>A hash of everything the findings depend on besides the file itself.</summary>
    public static string Context(IEnumerable<string> parts) => ContentHash.Of(parts);

    private static void AppendFinding(StringBuilder text, Diagnostic finding)
    {
        var span = finding.Span;
        text.Append("finding\t").Append(finding.Id).Append('\t').Append(((int)finding.Severity).ToString(CultureInfo.InvariantCulture));
        foreach (var number in new[] { span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, span.StartOffset, span.EndOffset })
        {
            text.Append('\t').Append(number.ToString(CultureInfo.InvariantCulture));
        }
        text.Append('\t').Append(Escape(finding.FilePath)).Append('\t').Append(Escape(finding.Message)).Append('\n');
    }

    private static Diagnostic? ParseFinding(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 11 || fields[0] != "finding") return null;
        if (RuleRegistry.Find(fields[1]) is not { } rule) return null;
        var numbers = new int[7];
        for (int i = 0; i < 7; i++) numbers[i] = int.Parse(fields[i + 2], CultureInfo.InvariantCulture);
        if (!Enum.IsDefined(typeof(Severity), numbers[0])) return null;
        var span = new SourceSpan(numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6]);
        return new Diagnostic(rule, Unescape(fields[9]), span, Unescape(fields[10]), (Severity)numbers[0]);
    }

    /// <summary>Tabs, line breaks and backslashes written as \t, \n, \r and \\, so each field stays on its line.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0) return text;
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                result.Append(c);
                continue;
            }
            char next = text[++i];
            result.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => next });
        }
        return result.ToString();
    }

    private sealed record Entry(FileStamp Stamp, IReadOnlyList<Diagnostic> Findings);
}

/// <summary>A file's length and modification time: what MSBuild's incremental build trusts to say it did not change.</summary>
internal readonly record struct FileStamp(long Length, long LastWriteUtcTicks)
{
    /// <summary>The stamp of a regular file, or null (missing, not a regular file, or not readable).</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || (info.Attributes & (FileAttributes.Directory | FileAttributes.Device)) != 0) return null;
            return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return null;
        }
    }
}
