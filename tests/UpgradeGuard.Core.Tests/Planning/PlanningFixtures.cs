using System;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Planning;

/// <summary>Small builders shared by the planning tests: versions, the built-in product, manifests, custom catalogs.</summary>
internal static class PlanningFixtures
{
    public static ProductCatalog SecureWorkspace => CatalogLoader.BuiltIn.Default;

    public static ProductVersion V(string text) =>
        ProductVersion.TryParse(text, out var version) ? version : throw new ArgumentException($"'{text}' is not a version", nameof(text));

    /// <summary>A catalog read from YAML that must load without findings.</summary>
    public static CatalogSet LoadCatalog(string yaml)
    {
        var sink = new FindingSink();
        var set = CatalogLoader.Load(yaml, sink);
        Assert.Empty(sink.Findings.Select(f => $"{f.Rule.Id} {f.Span}: {f.Message}"));
        Assert.NotNull(set);
        return set!;
    }

    /// <summary>A manifest read by the engine (so the binder's rules apply), with the plan the engine built.</summary>
    public static AnalysisResult Analyze(string yaml)
    {
        var result = new UpgradeGuardEngine().Analyze("plan.upgrade.yaml", yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UG0001" || d.Id == "UG1001");
        Assert.NotNull(result.Manifest);
        return result;
    }

    /// <summary>A minimal manifest: <paramref name="nodes"/> appliances on <paramref name="current"/>, to <paramref name="target"/>, with optional steps (already indented list items).</summary>
    public static string Manifest(int nodes, string current, string target, params string[] upgradeSteps)
    {
        var text = "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n" +
                   $"  nodes: {nodes}\n  version: {current}\nupgrade:\n  to: {target}\n";
        if (upgradeSteps.Length > 0)
        {
            text += "  steps:\n" + string.Concat(upgradeSteps.Select(v => $"    - snapshot: all\n    - upgrade: {v}\n"));
        }
        return text;
    }

    public static UpgradePlan Plan(string yaml)
    {
        var result = Analyze(yaml);
        var plan = UpgradePlan.Build(result.Manifest!, SecureWorkspace);
        return plan;
    }

    public static string Versions(UpgradePlan plan) => string.Join(" ", plan.Reached.Select(r => r.Version.ToString()));

    public static string Describe(UpgradePath? path) => path?.Describe() ?? "(none)";

    public static ScheduleSection Schedule(string start, string? timeZone)
    {
        var span = UpgradeGuard.Core.Text.SourceSpan.FileStart;
        var section = new ScheduleSection(span);
        if (ValueParsers.TryParseDateTime(start, out var local, out var offset))
        {
            section.Start = new Located<ScheduleStart>(new ScheduleStart(local, offset), start, span, span);
        }
        else
        {
            section.Start = Located<ScheduleStart>.Invalid(start, span, span);
        }
        if (timeZone != null)
        {
            section.TimeZone = ValueParsers.IsTimeZoneIdShaped(timeZone)
                ? new Located<string>(timeZone, timeZone, span, span)
                : Located<string>.Invalid(timeZone, span, span);
        }
        return section;
    }
}
