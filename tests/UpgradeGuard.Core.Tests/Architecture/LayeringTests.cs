using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace UpgradeGuard.Core.Tests.Architecture;

/// <summary>
/// Core is layered one way (docs/design-notes.md, "Layers"): a file may use its own layer and the layers below it,
/// never one above. Read from the sources: each file's layer is its namespace; what it uses is every
/// <c>UpgradeGuard.Core.X</c> it imports or names, every partly qualified <c>X.Type</c>, and every type of the root
/// namespace (the engine, which nested namespaces see without a using). Comments and string literals are left out.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The layers from the bottom up; each lists the namespaces under <c>UpgradeGuard.Core</c> it holds ("" is the root).</summary>
    public static readonly IReadOnlyList<(string Layer, string[] Namespaces)> Layers = new[]
    {
        ("Text", new[] { "Text" }),
        ("Diagnostics", new[] { "Diagnostics" }),
        ("Manifests", new[] { "Manifests" }),
        ("Catalog", new[] { "Catalog" }),
        ("Discovery", new[] { "Discovery" }),
        ("Planning", new[] { "Planning" }),
        ("Rules", new[] { "Rules" }),
        ("Reporting", new[] { "Reporting" }),
        ("Configuration", new[] { "Configuration" }),
        ("Engine", new[] { "" }),
        ("Fixes and Editing", new[] { "Fixes", "Editing" }),
        ("Checking", new[] { "Checking" }),
    };

    private static string CoreRoot => Path.Combine(RepositoryPaths.Root, "src", "UpgradeGuard.Core");

    [Fact]
    public void No_layer_uses_a_layer_above_it()
    {
        var files = SourceFiles();
        var rootTypes = files.Where(f => f.Namespace == "").SelectMany(f => DeclaredTypes(f.Code)).Distinct().ToList();
        var violations = new List<string>();
        foreach (var file in files)
        {
            int rank = RankOf(file.Namespace) ?? throw new InvalidOperationException($"{file.RelativePath}: namespace UpgradeGuard.Core.{file.Namespace} is in no layer; add it to {nameof(Layers)}");
            foreach (var (used, what) in Uses(file, rootTypes))
            {
                if (RankOf(used) is not int usedRank || usedRank <= rank) continue;
                var layer = Layers[usedRank].Layer;
                violations.Add($"{file.RelativePath} (layer {Layers[rank].Layer}) uses {what} (layer {layer})");
            }
        }
        Assert.True(violations.Count == 0, "Upward uses in UpgradeGuard.Core:\n" + string.Join("\n", violations.Distinct()));
    }

    [Fact]
    public void The_check_sees_an_upward_import()
    {
        var file = new SourceFile("Manifests/Example.cs", "Manifests", Code("using UpgradeGuard.Core.Rules.Structure;\nnamespace UpgradeGuard.Core.Manifests;\nclass A { object B => Reporting.FindingReport.X; AnalysisResult? C; }"));
        var uses = Uses(file, new[] { "AnalysisResult" }).ToList();
        Assert.Contains(("Rules.Structure", "using UpgradeGuard.Core.Rules.Structure"), uses);
        Assert.Contains(("Reporting", "Reporting.FindingReport.X"), uses);
        Assert.Contains(("", "AnalysisResult"), uses);
    }

    [Fact]
    public void Comments_and_strings_are_not_uses()
    {
        var code = Code("// using UpgradeGuard.Core.Rules;\n/// <see cref=\"Reporting.FindingReport\"/>\nclass A { string B = \"Rules.RuleRegistry\"; string C = @\"Fixes.FixAll \"\"x\"\"\"; char D = '\"'; }");
        var file = new SourceFile("Manifests/Example.cs", "Manifests", code);
        Assert.Empty(Uses(file, new[] { "AnalysisResult" }));
    }

    private sealed record SourceFile(string RelativePath, string Namespace, string Code);

    private static List<SourceFile> SourceFiles()
    {
        var files = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(CoreRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(CoreRoot, path).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            var code = Code(File.ReadAllText(path));
            var declared = Regex.Match(code, @"^\s*namespace\s+UpgradeGuard\.Core(?:\.([\w.]+))?\s*[;{]", RegexOptions.Multiline);
            Assert.True(declared.Success, $"{relative} declares no namespace under UpgradeGuard.Core");
            files.Add(new SourceFile(relative, declared.Groups[1].Value, code));
        }
        Assert.NotEmpty(files);
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each use: the namespace under UpgradeGuard.Core used, and the text that uses it.</summary>
    private static IEnumerable<(string Namespace, string What)> Uses(SourceFile file, IReadOnlyCollection<string> rootTypes)
    {
        foreach (Match m in Regex.Matches(file.Code, @"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?UpgradeGuard\.Core\.([\w.]+)\s*;", RegexOptions.Multiline))
        {
            yield return (m.Groups[1].Value, m.Value.Trim().TrimEnd(';'));
        }
        var names = Layers.SelectMany(l => l.Namespaces).Where(n => n.Length > 0).ToList();
        var code = Regex.Replace(file.Code, @"^\s*(?:(?:global\s+)?using|namespace)\s[^;{]*[;{]", "", RegexOptions.Multiline);
        var qualified = $@"(?<![\w.])(?:(?:global::)?UpgradeGuard\.Core\.|Core\.)?({string.Join("|", names)})((?:\.[A-Z]\w*)+)";
        foreach (Match m in Regex.Matches(code, qualified))
        {
            yield return (m.Groups[1].Value, m.Value);
        }
        if (file.Namespace == "") yield break;
        foreach (var type in rootTypes)
        {
            if (Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(type)}\b")) yield return ("", type);
        }
    }

    private static int? RankOf(string ns)
    {
        var first = ns.Split('.')[0];
        for (int i = 0; i < Layers.Count; i++)
        {
            if (Layers[i].Namespaces.Contains(first)) return i;
        }
        return null;
    }

    private static IEnumerable<string> DeclaredTypes(string code) =>
        Regex.Matches(code, @"\b(?:class|struct|record|enum|interface)\s+([A-Z]\w*)").Select(m => m.Groups[1].Value);

    /// <summary>The code without comments and without the contents of string and character literals.</summary>
    private static string Code(string source)
    {
        var code = new StringBuilder(source.Length);
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            char next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < source.Length && source[i] != '\n') i++;
            }
            else if (c == '/' && next == '*')
            {
                int end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
            }
            else if (c == '"' && next == '"' && i + 2 < source.Length && source[i + 2] == '"')
            {
                int end = source.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 3;
                code.Append("\"\"");
            }
            else if (c == '"' || c == '\'')
            {
                bool verbatim = i > 0 && (source[i - 1] == '@' || (source[i - 1] == '$' && i > 1 && source[i - 2] == '@'));
                i++;
                while (i < source.Length)
                {
                    if (verbatim && source[i] == '"' && i + 1 < source.Length && source[i + 1] == '"') { i += 2; continue; }
                    if (!verbatim && source[i] == '\\') { i += 2; continue; }
                    if (source[i] == c) { i++; break; }
                    if (source[i] == '\n' && !verbatim) break;
                    i++;
                }
                code.Append(c).Append(c);
            }
            else
            {
                code.Append(c);
                i++;
            }
        }
        return code.ToString();
    }
}
