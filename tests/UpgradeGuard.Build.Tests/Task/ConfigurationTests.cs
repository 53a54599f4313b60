using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Build.Tests.Infrastructure;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using Xunit;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>
/// Severities: each rule's default, then the configuration files the build hands over (<c>@(EditorConfigFiles)</c>),
/// as the compiler applies them to the analyzer: .editorconfig sections, .globalconfig and <c>is_global</c> files.
/// </summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _lab;
    private readonly string _office;

    public ConfigurationTests()
    {
        _lab = _temp.Write("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab());
        _office = _temp.Write("clusters/office.upgrade.yaml", SampleManifests.Lab());
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The severities of rules.md, by id (E, W, I).</summary>
    private static readonly IReadOnlyDictionary<string, string> SpecifiedSeverities = new Dictionary<string, string>
    {
        ["UG0002"] = "W", ["UG0003"] = "I",
        ["UG1001"] = "E", ["UG1002"] = "E", ["UG1003"] = "E", ["UG1004"] = "E", ["UG1005"] = "E", ["UG1006"] = "E",
        ["UG2001"] = "E", ["UG2002"] = "E", ["UG2003"] = "E", ["UG2004"] = "E", ["UG2005"] = "W", ["UG2006"] = "I", ["UG2007"] = "E",
        ["UG3001"] = "E", ["UG3002"] = "E", ["UG3003"] = "E", ["UG3004"] = "W", ["UG3005"] = "W", ["UG3006"] = "E",
        ["UG4001"] = "E", ["UG4002"] = "E", ["UG4003"] = "E", ["UG4004"] = "W", ["UG4005"] = "E", ["UG4006"] = "E", ["UG4007"] = "W",
        ["UG5001"] = "W", ["UG5002"] = "W", ["UG5003"] = "W", ["UG5004"] = "E", ["UG5005"] = "E",
        ["UG6001"] = "E", ["UG6002"] = "E", ["UG6003"] = "E", ["UG6004"] = "E", ["UG6005"] = "E", ["UG6006"] = "W", ["UG6007"] = "I", ["UG6008"] = "W", ["UG6009"] = "W",
    };

    private static string KindOf(string specified) => specified switch
    {
        "E" => Logged.Error,
        "W" => Logged.Warning,
        _ => Logged.Info,
    };

    [Fact]
    public void Without_configuration_every_rule_is_logged_at_its_default_severity()
    {
        // The engine's error corpus has every rule; one run over all of it.
        var run = TaskHarness.Run(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestData, "err"), "*.upgrade.yaml"));

        Assert.All(run.Logged, l => Assert.Equal(KindOf(SpecifiedSeverities[l.Code]), l.Kind));
        Assert.Equal(SpecifiedSeverities.Keys.OrderBy(id => id, StringComparer.Ordinal), run.Logged.Select(l => l.Code).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.False(run.Result);
        Assert.Equal(run.Fake.Errors.Count, run.Task.ErrorCount);
        Assert.Equal(run.Fake.Warnings.Count, run.Task.WarningCount);
    }

    [Fact]
    public void The_rule_table_is_the_specified_one()
    {
        var rules = RuleRegistry.Descriptors.Where(d => d.Id != RuleIds.InternalError)
            .ToDictionary(d => d.Id, d => d.DefaultSeverity switch { Severity.Error => "E", Severity.Warning => "W", _ => "I" });
        Assert.Equal(SpecifiedSeverities.OrderBy(p => p.Key, StringComparer.Ordinal), rules.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("error", Logged.Error)]
    [InlineData("warning", Logged.Warning)]
    [InlineData("suggestion", Logged.Info)]
    [InlineData("info", Logged.Info)]
    [InlineData("none", null)]
    [InlineData("silent", null)]
    [InlineData("hidden", null)]
    [InlineData("default", Logged.Warning)]
    public void Editorconfig_section_sets_the_severity(string word, string? expected)
    {
        var config = _temp.Write(".editorconfig", $"root = true\n\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = {word}\n");

        var run = TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { config });

        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { $"UG5001@9:10 {expected}" }, run.Short());
        Assert.Equal(expected != Logged.Error, run.Result);
        Assert.Equal(expected == Logged.Error ? 1 : 0, run.Task.ErrorCount);
        Assert.Equal(expected == Logged.Warning ? 1 : 0, run.Task.WarningCount);
    }

    [Fact]
    public void Editorconfig_section_lowers_an_error()
    {
        var config = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG4001.severity = warning\ndotnet_diagnostic.UG2001.severity = none\n");
        var amsterdam = _temp.Write("amsterdam.upgrade.yaml", File.ReadAllText(TaskSamples.Amsterdam));

        var run = TaskHarness.Run(new[] { amsterdam }, configurationFiles: new[] { config });

        Assert.Equal(new[] { "UG4001@19:7 warning" }, run.Short());
        Assert.True(run.Result);
    }

    [Fact]
    public void Editorconfig_section_with_a_folder_applies_only_to_the_manifests_it_matches()
    {
        var config = _temp.Write(".editorconfig", "root = true\n\n[clusters/lab/**]\ndotnet_diagnostic.UG5001.severity = none\n");

        var run = TaskHarness.Run(new[] { _lab, _office }, configurationFiles: new[] { config });

        var only = Assert.Single(run.Logged);
        Assert.Equal((_office, "UG5001", Logged.Warning), (only.File, only.Code, only.Kind));
    }

    [Fact]
    public void Editorconfig_only_applies_below_its_folder()
    {
        var config = _temp.Write("clusters/lab/.editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");

        var run = TaskHarness.Run(new[] { _lab, _office }, configurationFiles: new[] { config });

        Assert.Equal(new[] { (_lab, Logged.Error), (_office, Logged.Warning) }, run.Logged.Select(l => (l.File, l.Kind)));
    }

    [Fact]
    public void Closer_editorconfig_wins_and_root_stops_the_search()
    {
        var outer = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = none\n");
        var inner = _temp.Write("clusters/.editorconfig", "root = true\n\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");
        var innermost = _temp.Write("clusters/lab/.editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = suggestion\n");

        Assert.Equal(new[] { "UG5001@9:10 error" }, TaskHarness.Run(new[] { _office }, configurationFiles: new[] { outer, inner, innermost }).Short());
        Assert.Equal(new[] { "UG5001@9:10 info" }, TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { outer, inner, innermost }).Short());
        // Without the root = true file, the outer one applies.
        Assert.Empty(TaskHarness.Run(new[] { _office }, configurationFiles: new[] { outer }).Logged);
    }

    [Fact]
    public void Later_section_of_one_editorconfig_wins()
    {
        var config = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = none\n\n[**/lab/*.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");

        var run = TaskHarness.Run(new[] { _lab, _office }, configurationFiles: new[] { config });

        Assert.Equal(new[] { (_lab, Logged.Error) }, run.Logged.Select(l => (l.File, l.Kind)));
    }

    [Theory]
    [InlineData("error", Logged.Error)]
    [InlineData("suggestion", Logged.Info)]
    [InlineData("none", null)]
    public void Globalconfig_sets_the_severity_for_every_manifest(string word, string? expected)
    {
        // Anywhere: a global config is not tied to its folder.
        var config = _temp.Write("build/.globalconfig", $"dotnet_diagnostic.UG5001.severity = {word}\n");

        var run = TaskHarness.Run(new[] { _lab, _office }, configurationFiles: new[] { config });

        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected, expected }, run.Logged.Select(l => l.Kind));
    }

    [Fact]
    public void A_file_with_is_global_is_a_global_config_whatever_its_name()
    {
        var config = _temp.Write("elsewhere/severities.editorconfig", "is_global = true\ndotnet_diagnostic.UG5001.severity = error\n");

        var run = TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { config });

        Assert.Equal(new[] { "UG5001@9:10 error" }, run.Short());
    }

    [Fact]
    public void Higher_global_level_wins_whatever_the_order()
    {
        var high = _temp.Write("high.globalconfig", "is_global = true\nglobal_level = 10\ndotnet_diagnostic.UG5001.severity = error\n");
        var low = _temp.Write("low.globalconfig", "is_global = true\nglobal_level = 1\ndotnet_diagnostic.UG5001.severity = none\n");

        Assert.Equal(new[] { Logged.Error }, TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { high, low }).Logged.Select(l => l.Kind));
        Assert.Equal(new[] { Logged.Error }, TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { low, high }).Logged.Select(l => l.Kind));
        // Two global configs of one level setting one key: the compiler unsets it (CS8700); the task takes the later file. Not pinned here.
    }

    [Fact]
    public void A_file_named_globalconfig_is_level_100()
    {
        // An is_global file is level 0 unless it says otherwise; .globalconfig is 100.
        var named = _temp.Write(".globalconfig", "dotnet_diagnostic.UG5001.severity = error\n");
        var isGlobal = _temp.Write("later.globalconfig", "is_global = true\ndotnet_diagnostic.UG5001.severity = none\n");
        var isGlobalAbove = _temp.Write("above.globalconfig", "is_global = true\nglobal_level = 101\ndotnet_diagnostic.UG5001.severity = none\n");

        Assert.Equal(new[] { Logged.Error }, TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { named, isGlobal }).Logged.Select(l => l.Kind));
        Assert.Empty(TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { named, isGlobalAbove }).Logged);
    }

    [Fact]
    public void Editorconfig_section_beats_globalconfig()
    {
        var global = _temp.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.UG5001.severity = suggestion\n");
        var section = _temp.Write("clusters/lab/.editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");

        // In either order.
        foreach (var files in new[] { new[] { global, section }, new[] { section, global } })
        {
            var run = TaskHarness.Run(new[] { _lab, _office }, configurationFiles: files);
            Assert.Equal(new[] { (_lab, Logged.Error), (_office, Logged.Info) }, run.Logged.Select(l => (l.File, l.Kind)));
        }
    }

    [Fact]
    public void Category_key_in_a_globalconfig_applies_to_the_rules_of_the_category()
    {
        var global = _temp.Write(".globalconfig", "dotnet_analyzer_diagnostic.category-Schedule.severity = error\n");
        var other = _temp.Write("other/.globalconfig", "dotnet_analyzer_diagnostic.category-Safety.severity = none\n");

        Assert.Equal(new[] { "UG5001@9:10 error" }, TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { global }).Short());
        Assert.Equal(new[] { "UG5001@9:10 warning" }, TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { other }).Short());
    }

    [Fact]
    public void Category_key_in_an_editorconfig_section()
    {
        var config = _temp.Write(".editorconfig", "[**/lab/*.upgrade.yaml]\ndotnet_analyzer_diagnostic.category-Schedule.severity = error\n");

        var run = TaskHarness.Run(new[] { _lab, _office }, configurationFiles: new[] { config });

        Assert.Equal(new[] { (_lab, Logged.Error), (_office, Logged.Warning) }, run.Logged.Select(l => (l.File, l.Kind)));
    }

    [Fact]
    public void A_rules_own_key_beats_its_category_key_wherever_each_is()
    {
        var global = _temp.Write(".globalconfig", "dotnet_diagnostic.UG5001.severity = suggestion\n");
        var section = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_analyzer_diagnostic.category-Schedule.severity = error\n");

        var run = TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { global, section });

        Assert.Equal(new[] { "UG5001@9:10 info" }, run.Short());
    }

    [Fact]
    public void All_rules_key_applies_below_category_and_rule_keys()
    {
        var global = _temp.Write(".globalconfig", "dotnet_analyzer_diagnostic.severity = error\ndotnet_analyzer_diagnostic.category-Safety.severity = warning\n");
        var amsterdam = _temp.Write("amsterdam.upgrade.yaml", File.ReadAllText(TaskSamples.Amsterdam));

        var run = TaskHarness.Run(new[] { amsterdam, _lab, _temp.Write("hold.upgrade.yaml", TaskSamples.NotLatest) }, configurationFiles: new[] { global });

        Assert.Equal(new[] { "UG4001@19:7 warning", "UG2001@19:16 error", "UG5001@9:10 error", "UG2006@11:7 error" }, run.Short());
    }

    [Fact]
    public void A_configuration_file_that_is_not_handed_over_is_not_read()
    {
        // Beside the manifest, where the command line would find it; the task reads only the list it is given.
        var config = _temp.Write("clusters/lab/.editorconfig", "root = true\n\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = none\n");
        _temp.Write(".globalconfig", "dotnet_diagnostic.UG5001.severity = error\n");

        Assert.Equal(new[] { "UG5001@9:10 warning" }, TaskHarness.Run(_lab).Short());
        // The same file does apply once it is handed over.
        Assert.Empty(TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { config }).Logged);
    }

    [Fact]
    public void A_missing_or_unreadable_configuration_file_is_ignored()
    {
        var missing = _temp.Combine("gone/.editorconfig");
        var folder = _temp.Combine("folder.globalconfig");
        Directory.CreateDirectory(folder);
        var good = _temp.Write(".globalconfig", "dotnet_diagnostic.UG5001.severity = error\n");

        var run = TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { missing, folder, good });

        Assert.Equal(new[] { "UG5001@9:10 error" }, run.Short());
        Assert.Equal(1, run.Task.ManifestCount);
        Assert.Empty(run.Fake.Warnings);
    }

    [Fact]
    public void A_configured_severity_applies_to_every_finding_of_the_rule_only()
    {
        var config = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG4001.severity = none\n");
        var amsterdam = _temp.Write("amsterdam.upgrade.yaml", File.ReadAllText(TaskSamples.Amsterdam));

        var run = TaskHarness.Run(new[] { amsterdam, _lab }, configurationFiles: new[] { config });

        Assert.Equal(new[] { "UG2001@19:16 error", "UG5001@9:10 warning" }, run.Short());
    }
}
