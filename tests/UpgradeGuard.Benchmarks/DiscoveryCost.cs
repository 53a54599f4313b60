using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace UpgradeGuard.Benchmarks;

/// <summary>
/// The cost of finding the manifests: one recursive <see cref="Directory.EnumerateFiles(string, string, SearchOption)"/>
/// (what the bare baseline does) against a walk shaped like the CLI's discovery at the time of docs/performance.md
/// (per folder: list the files, list the subfolders again, read each subfolder's link target; then sort by path),
/// plus the two <c>.editorconfig</c>/<c>.globalconfig</c> probes per folder the CLI's severity lookup makes.
/// </summary>
public static class DiscoveryCost
{
    public static int Run(string root, int passes)
    {
        for (int pass = 0; pass < passes; pass++)
        {
            var sw = Stopwatch.StartNew();
            int enumerated = Directory.EnumerateFiles(root, BareParse.Pattern, SearchOption.AllDirectories).Count();
            double enumerate = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            var found = new List<string>();
            var pending = new Stack<string>();
            pending.Push(root);
            var options = new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false, AttributesToSkip = 0 };
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                foreach (var file in Directory.GetFiles(directory, "*", options))
                {
                    if (file.EndsWith(".upgrade.yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".upgrade.yml", StringComparison.OrdinalIgnoreCase)) found.Add(file);
                }
                foreach (var subdirectory in Directory.GetDirectories(directory, "*", options))
                {
                    if (new DirectoryInfo(subdirectory).LinkTarget != null) continue;
                    pending.Push(subdirectory);
                }
            }
            double walk = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            var cwd = Directory.GetCurrentDirectory();
            var sorted = found.Select(f => Path.GetRelativePath(cwd, f).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal).ToList();
            double sort = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            int configs = 0;
            foreach (var directory in found.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(directory!, ".globalconfig"))) configs++;
                if (File.Exists(Path.Combine(directory!, ".editorconfig"))) configs++;
            }
            double probes = sw.Elapsed.TotalMilliseconds;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: EnumerateFiles {enumerated} files {enumerate:F0} ms | two listings + LinkTarget per folder {found.Count} files {walk:F0} ms | display paths + sort {sort:F0} ms | 2 config probes per folder {probes:F0} ms ({configs} found)"));
        }
        return 0;
    }
}
