using System;
using System.Linq;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>Suppression comments in the manifests, and extra catalogs (<c>@(UpgradeCatalog)</c>).</summary>
public sealed class SuppressionAndCatalogTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Suppression_comment_on_the_line()
    {
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00   # upgrade-guard: disable-line UG5001 -- the lab is upgraded during office hours"));

        var run = TaskHarness.Run(lab);

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
    }

    [Fact]
    public void Suppression_comment_on_the_line_before()
    {
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab().Replace("  start:", "  # upgrade-guard: disable-next-line UG5001\n  start:", StringComparison.Ordinal));

        Assert.Empty(TaskHarness.Run(lab).Logged);
    }

    [Fact]
    public void Suppression_comment_for_another_rule_leaves_the_finding()
    {
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00   # upgrade-guard: disable-line UG5002"));

        // The comment suppresses nothing: UG0003 on it.
        Assert.Equal(new[] { "UG5001@9:10 warning", "UG0003@9:29 info" }, TaskHarness.Run(lab).Short());
    }

    [Fact]
    public void Suppression_comment_for_the_file_leaves_other_rules()
    {
        var amsterdam = _temp.Write("amsterdam.upgrade.yaml", "# upgrade-guard: disable-file UG4001\n" + System.IO.File.ReadAllText(TaskSamples.Amsterdam));

        var run = TaskHarness.Run(amsterdam);

        Assert.Equal(new[] { "UG2001@20:16 error" }, run.Short());
        Assert.False(run.Result);
    }

    [Fact]
    public void A_suppressed_finding_stays_suppressed_under_WarningsAsErrors_and_configuration()
    {
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab("2026-12-01T10:00 # upgrade-guard: disable-line UG5001"));
        var config = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");

        var run = TaskHarness.Run(new[] { lab }, configurationFiles: new[] { config }, warningsAsErrors: "UG5001", treatWarningsAsErrors: true);

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
    }

    [Fact]
    public void Without_a_catalog_an_unknown_version_is_reported()
    {
        var manifest = _temp.Write("to570.upgrade.yaml", NextRelease.Manifest());

        var run = TaskHarness.Run(manifest);

        Assert.Equal(new[] { "UG2002@10:7 error", "UG2002@13:16 error" }, run.Short());
    }

    [Fact]
    public void An_extra_catalog_joins_the_built_in_catalog()
    {
        var manifest = _temp.Write("to570.upgrade.yaml", NextRelease.Manifest());
        var catalog = _temp.Write("catalogs/next.catalog.yaml", NextRelease.Catalog);

        var run = TaskHarness.Run(new[] { manifest }, catalogs: new[] { catalog });

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
        Assert.Equal(1, run.Task.ManifestCount);
        // As the command line's --catalog has it.
        Assert.Empty(CliCheck.Findings(manifest, "--catalog", catalog));
    }

    [Fact]
    public void A_broken_catalog_is_reported_on_itself_and_the_manifests_are_still_checked()
    {
        var manifest = _temp.Write("to570.upgrade.yaml", NextRelease.Manifest());
        var catalog = _temp.Write("catalogs/next.catalog.yaml", NextRelease.BadCatalog);
        var lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());

        var run = TaskHarness.Run(new[] { manifest, lab }, catalogs: new[] { catalog });

        Assert.False(run.Result);
        var problem = Assert.Single(run.Logged, l => l.File == catalog);
        Assert.Equal(("UG1002", Logged.Error, 1, 73, 1, 78, TaskHarness.HelpBase + "UG1002.md"),
            (problem.Code, problem.Kind, problem.Line, problem.Column, problem.EndLine, problem.EndColumn, problem.HelpLink));
        Assert.Contains("'color'", problem.Message);
        // The catalog is left out: 5.7.0 stays unknown; the other manifest is checked too.
        Assert.Equal(new[] { "UG2002@10:7 error", "UG2002@13:16 error" }, run.Logged.Where(l => l.File == manifest).Select(l => $"{l.Code}@{l.Line}:{l.Column} {l.Kind}"));
        Assert.Single(run.Logged, l => l.File == lab && l.Code == "UG5001");
        Assert.Equal(2, run.Task.ManifestCount);
        Assert.Equal(3, run.Task.ErrorCount);
    }

    [Fact]
    public void A_broken_catalog_does_not_keep_a_good_one_out()
    {
        var manifest = _temp.Write("to570.upgrade.yaml", NextRelease.Manifest());
        var bad = _temp.Write("catalogs/bad.catalog.yaml", NextRelease.BadCatalog);
        var good = _temp.Write("catalogs/next.catalog.yaml", NextRelease.Catalog);

        var run = TaskHarness.Run(new[] { manifest }, catalogs: new[] { bad, good });

        var problem = Assert.Single(run.Logged);
        Assert.Equal((bad, "UG1002"), (problem.File, problem.Code));
    }

    [Fact]
    public void A_catalog_that_is_not_YAML_is_UG1001_on_the_catalog()
    {
        var manifest = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());
        var catalog = _temp.Write("broken.catalog.yaml", "products: [unclosed\n");

        var run = TaskHarness.Run(new[] { manifest }, catalogs: new[] { catalog });

        Assert.Equal(new[] { (catalog, "UG1001", Logged.Error), (manifest, "UG5001", Logged.Warning) }, run.Logged.Select(l => (l.File, l.Code, l.Kind)));
        Assert.False(run.Result);
    }

    [Fact]
    public void A_missing_catalog_is_an_error_on_it_and_the_manifests_are_still_checked()
    {
        var manifest = _temp.Write("to570.upgrade.yaml", NextRelease.Manifest());
        var missing = _temp.Combine("catalogs/missing.catalog.yaml");

        var run = TaskHarness.Run(new[] { manifest }, catalogs: new[] { missing });

        Assert.False(run.Result);
        var problem = Assert.Single(run.Logged, l => l.File == missing);
        Assert.Equal(("UG1001", Logged.Error, 1, 1), (problem.Code, problem.Kind, problem.Line, problem.Column));
        Assert.StartsWith("the file cannot be read", problem.Message);
        Assert.Equal(TaskHarness.HelpBase + "UG1001.md", problem.HelpLink);
        Assert.Equal(new[] { "UG2002@10:7 error", "UG2002@13:16 error" }, run.Logged.Where(l => l.File == manifest).Select(l => $"{l.Code}@{l.Line}:{l.Column} {l.Kind}"));
    }

    [Fact]
    public void A_relative_catalog_is_read_from_its_full_path()
    {
        var manifest = _temp.Write("to570.upgrade.yaml", NextRelease.Manifest());
        var catalog = _temp.Write("catalogs/bad.catalog.yaml", NextRelease.BadCatalog);

        var run = TaskHarness.Run(new[] { manifest }, catalogs: new[] { System.IO.Path.GetRelativePath(Environment.CurrentDirectory, catalog) });

        Assert.Contains(run.Logged, l => l.File == catalog && l.Code == "UG1002");
    }
}
