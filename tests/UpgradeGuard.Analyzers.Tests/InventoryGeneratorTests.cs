using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UpgradeGuard.Generators;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>The source generator that lists Core's rules and fixes, run by Roslyn's generator driver over small sources.</summary>
public sealed class InventoryGeneratorTests
{
    private const string Hosts = """
        namespace UpgradeGuard.Core.Rules
        {
            public abstract class Rule { }
            public static partial class RuleRegistry { }
        }
        namespace UpgradeGuard.Core.Fixes
        {
            internal abstract class RuleFix { }
            public static partial class CodeFixes { }
        }
        """;

    private const string Classes = """
        namespace Contoso.Rules
        {
            public sealed class BrandNewRule : UpgradeGuard.Core.Rules.Rule { }
            public abstract class RuleFamily : UpgradeGuard.Core.Rules.Rule { }
            public sealed partial class FamilyMember : RuleFamily { }
            public sealed partial class FamilyMember { }
            public sealed class Outer { public sealed class NestedRule : UpgradeGuard.Core.Rules.Rule { } }
            public sealed class GenericRule<T> : UpgradeGuard.Core.Rules.Rule { }
            internal sealed class BrandNewFix : UpgradeGuard.Core.Fixes.RuleFix { }
            public sealed class NotARule : System.Attribute { }
        }
        """;

    [Fact]
    public void Every_concrete_rule_and_fix_class_is_listed_once_in_type_name_order()
    {
        var (compilation, generated) = Run(Hosts, Classes);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var rules = generated.Single(s => s.HintName == "RuleRegistry.Discovered.g.cs").SourceText.ToString();
        Assert.Equal(
            new[] { "new global::Contoso.Rules.BrandNewRule(),", "new global::Contoso.Rules.FamilyMember(),", "new global::Contoso.Rules.Outer.NestedRule()," },
            Instances(rules));
        Assert.Contains("partial class RuleRegistry", rules);
        var fixes = generated.Single(s => s.HintName == "CodeFixes.Discovered.g.cs").SourceText.ToString();
        Assert.Equal(new[] { "new global::Contoso.Rules.BrandNewFix()," }, Instances(fixes));
    }

    [Fact]
    public void A_compilation_without_the_hosts_gets_no_source()
    {
        var (_, generated) = Run("namespace UpgradeGuard.Core.Rules { public abstract class Rule { } }", Classes.Replace("UpgradeGuard.Core.Fixes.RuleFix", "System.Object"));
        Assert.Empty(generated);
    }

    private static string[] Instances(string source) =>
        source.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("new global::", StringComparison.Ordinal) && line.EndsWith("(),", StringComparison.Ordinal)).ToArray();

    private static (Compilation Compilation, GeneratedSourceResult[] Generated) Run(params string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Discovery",
            sources.Select(source => CSharpSyntaxTree.ParseText(source)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new InventoryGenerator());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult().Results.Single().GeneratedSources.ToArray());
    }
}
