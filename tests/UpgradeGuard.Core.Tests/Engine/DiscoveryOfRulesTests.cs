using System;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Core.Tests.Engine;

/// <summary>
/// The rules and fixes the source generator lists (src/UpgradeGuard.Generators) are exactly the classes reflection
/// finds in Core: a new rule class is checked without being listed anywhere, and none is left out.
/// </summary>
public sealed class DiscoveryOfRulesTests
{
    private static readonly Type[] CoreTypes = typeof(Rule).Assembly.GetTypes();

    [Fact]
    public void RuleRegistry_holds_one_instance_of_every_rule_class_in_id_order()
    {
        var classes = CoreTypes.Where(t => t.IsClass && !t.IsAbstract && typeof(Rule).IsAssignableFrom(t)).Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal);
        var listed = RuleRegistry.All.Select(r => r.GetType().FullName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(classes, listed);
        var ids = RuleRegistry.All.Select(r => r.Definition.Id).ToList();
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void CodeFixes_holds_one_instance_of_every_rule_fix_class_in_rule_id_order()
    {
        var classes = CoreTypes.Where(t => t.IsClass && !t.IsAbstract && typeof(RuleFix).IsAssignableFrom(t)).Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal);
        var listed = CodeFixes.RuleFixes.Select(f => f.GetType().FullName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(classes, listed);
        var ids = CodeFixes.RuleFixes.Select(f => f.RuleId).ToList();
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        Assert.Equal(ids.Distinct(), CodeFixes.FixableRuleIds);
    }

    [Fact]
    public void Descriptors_are_the_rules_the_readers_and_the_internal_error_one_per_id_in_id_order()
    {
        var ids = RuleRegistry.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().OrderBy(id => id, StringComparer.Ordinal), ids);
        var expected = RuleRegistry.All.Select(r => r.Definition.Id)
            .Concat(ManifestFindings.All.Select(d => d.Id))
            .Append(RuleIds.InternalError)
            .Distinct().OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(expected, ids);
        Assert.Contains(RuleRegistry.InternalError, RuleRegistry.Descriptors);
        Assert.All(ManifestFindings.All, finding => Assert.Same(finding, RuleRegistry.Find(finding.Id)));
    }

    [Fact]
    public void Every_fix_belongs_to_a_rule()
    {
        Assert.All(CodeFixes.FixableRuleIds, id => Assert.NotNull(RuleRegistry.Find(id)));
    }
}
