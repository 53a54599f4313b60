using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YamlDotNet.RepresentationModel;

namespace UpgradeGuard.Benchmarks;

/// <summary>
/// The baseline the CLI is measured against: read every <c>*.upgrade.yaml</c> under a folder and parse it with
/// YamlDotNet's representation model, nothing else (no binding, no rules, no report).
/// </summary>
public static class BareParse
{
    public const string Pattern = "*.upgrade.yaml";

    public static List<string> Discover(string root) =>
        Directory.EnumerateFiles(root, Pattern, SearchOption.AllDirectories).ToList();

    public static int Sequential(string root)
    {
        int count = 0;
        foreach (var path in Directory.EnumerateFiles(root, Pattern, SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            count++;
        }
        return count;
    }

    public static int Parallel(string root)
    {
        int count = 0;
        System.Threading.Tasks.Parallel.ForEach(Directory.EnumerateFiles(root, Pattern, SearchOption.AllDirectories), path =>
        {
            var text = File.ReadAllText(path);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            Interlocked.Increment(ref count);
        });
        return count;
    }
}
