using System;
using System.IO;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Configuration;

public sealed class EditorConfigResolverTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ug-editorconfig-" + Guid.NewGuid().ToString("N"));

    public EditorConfigResolverTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static Severity Effective(SeverityConfiguration configuration, string id) =>
        configuration.Effective(RuleRegistry.Find(id)!);

    [Fact]
    public void No_configuration_keeps_the_defaults()
    {
        var manifest = Write("a/x.upgrade.yaml", "");
        Write(".editorconfig", "root = true\n");
        var configuration = new EditorConfigResolver().ForFile(manifest, warningsAsErrors: false);
        Assert.Equal(Severity.Warning, Effective(configuration, "UG5001"));
        Assert.Equal(Severity.Error, Effective(configuration, "UG2001"));
    }

    [Fact]
    public void A_matching_section_sets_the_severity_and_others_do_not()
    {
        Write(".editorconfig", "root = true\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n[*.cs]\ndotnet_diagnostic.UG2001.severity = none\n");
        var configuration = new EditorConfigResolver().ForFile(Write("clusters/prod/p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.Error, Effective(configuration, "UG5001"));
        Assert.Equal(Severity.Error, Effective(configuration, "UG2001"));
    }

    [Fact]
    public void Keys_and_ids_are_case_insensitive_and_comments_are_ignored()
    {
        Write(".editorconfig", "root = true\n# comment\n; comment\n[*]\nDOTNET_DIAGNOSTIC.ug5001.SEVERITY = Suggestion # trailing comment\n");
        var configuration = new EditorConfigResolver().ForFile(Write("p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.Info, Effective(configuration, "UG5001"));
    }

    [Fact]
    public void Later_sections_win_within_a_file()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.UG5001.severity = error\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = none\n");
        var configuration = new EditorConfigResolver().ForFile(Write("p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.None, Effective(configuration, "UG5001"));
    }

    [Fact]
    public void Closer_files_win_and_root_stops_the_walk()
    {
        Write(".editorconfig", "[*]\ndotnet_diagnostic.UG2006.severity = error\n");
        Write("repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.UG5001.severity = error\ndotnet_diagnostic.UG5003.severity = error\n");
        Write("repo/clusters/.editorconfig", "[*]\ndotnet_diagnostic.UG5001.severity = silent\n");
        var configuration = new EditorConfigResolver().ForFile(Write("repo/clusters/prod/p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.None, Effective(configuration, "UG5001"));
        Assert.Equal(Severity.Error, Effective(configuration, "UG5003"));
        // Above the root = true file: not read.
        Assert.Equal(Severity.Info, Effective(configuration, "UG2006"));
    }

    [Fact]
    public void A_section_with_a_slash_is_relative_to_its_file()
    {
        Write(".editorconfig", "root = true\n[clusters/*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");
        var resolver = new EditorConfigResolver();
        Assert.Equal(Severity.Error, Effective(resolver.ForFile(Write("clusters/a.upgrade.yaml", ""), false), "UG5001"));
        Assert.Equal(Severity.Warning, Effective(resolver.ForFile(Write("clusters/deep/a.upgrade.yaml", ""), false), "UG5001"));
        Assert.Equal(Severity.Warning, Effective(resolver.ForFile(Write("other/clusters/a.upgrade.yaml", ""), false), "UG5001"));
    }

    [Fact]
    public void Default_resets_an_earlier_setting()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.UG5001.severity = error\n");
        Write("sub/.editorconfig", "[*]\ndotnet_diagnostic.UG5001.severity = default\n");
        var configuration = new EditorConfigResolver().ForFile(Write("sub/p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.Warning, Effective(configuration, "UG5001"));
    }

    [Fact]
    public void Globalconfig_applies_everywhere_below_editorconfig()
    {
        Write(".editorconfig", "root = true\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = suggestion\n");
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.UG5001.severity = error\ndotnet_diagnostic.UG5003.severity = none\n");
        var configuration = new EditorConfigResolver().ForFile(Write("deep/p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.Info, Effective(configuration, "UG5001"));
        Assert.Equal(Severity.None, Effective(configuration, "UG5003"));
    }

    [Fact]
    public void Closer_globalconfig_wins_at_the_same_level()
    {
        Write(".editorconfig", "root = true\n");
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.UG5001.severity = error\ndotnet_diagnostic.UG5003.severity = error\n");
        Write("sub/.globalconfig", "is_global = true\ndotnet_diagnostic.UG5001.severity = none\n");
        var configuration = new EditorConfigResolver().ForFile(Write("sub/p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.None, Effective(configuration, "UG5001"));
        Assert.Equal(Severity.Error, Effective(configuration, "UG5003"));
    }

    [Fact]
    public void Higher_global_level_wins_over_a_closer_globalconfig()
    {
        Write(".editorconfig", "root = true\n");
        Write(".globalconfig", "is_global = true\nglobal_level = 200\ndotnet_diagnostic.UG5001.severity = error\n");
        Write("sub/.globalconfig", "is_global = true\ndotnet_diagnostic.UG5001.severity = none\n");
        var configuration = new EditorConfigResolver().ForFile(Write("sub/p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.Error, Effective(configuration, "UG5001"));
    }

    [Fact]
    public void Rule_keys_beat_category_keys_which_beat_the_all_rules_key()
    {
        Write(".editorconfig", "root = true\n[*]\n" +
            "dotnet_diagnostic.UG5002.severity = none\n" +
            "dotnet_analyzer_diagnostic.category-Schedule.severity = error\n" +
            "dotnet_analyzer_diagnostic.severity = suggestion\n");
        var configuration = new EditorConfigResolver().ForFile(Write("p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.None, Effective(configuration, "UG5002"));
        Assert.Equal(Severity.Error, Effective(configuration, "UG5001"));
        Assert.Equal(Severity.Info, Effective(configuration, "UG2001"));
    }

    [Fact]
    public void Warnings_as_errors_applies_after_configuration()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.UG2006.severity = warning\ndotnet_diagnostic.UG5001.severity = suggestion\n");
        var configuration = new EditorConfigResolver().ForFile(Write("p.upgrade.yaml", ""), warningsAsErrors: true);
        Assert.Equal(Severity.Error, Effective(configuration, "UG2006"));
        Assert.Equal(Severity.Info, Effective(configuration, "UG5001"));
        Assert.Equal(Severity.Error, Effective(configuration, "UG5003"));
    }

    [Fact]
    public void Unknown_words_are_ignored()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.UG5001.severity = loud\n");
        var configuration = new EditorConfigResolver().ForFile(Write("p.upgrade.yaml", ""), false);
        Assert.Equal(Severity.Warning, Effective(configuration, "UG5001"));
    }

    [Fact]
    public void The_cache_serves_files_of_the_same_folder()
    {
        Write(".editorconfig", "root = true\n[a.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");
        var resolver = new EditorConfigResolver();
        Assert.Equal(Severity.Error, Effective(resolver.ForFile(Write("a.upgrade.yaml", ""), false), "UG5001"));
        Assert.Equal(Severity.Warning, Effective(resolver.ForFile(Write("b.upgrade.yaml", ""), false), "UG5001"));
    }
}
