using System.Collections.Generic;
using System.Linq;
using System.Text;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Engine;

public sealed class EngineTests
{
    private readonly UpgradeGuardEngine _engine = new UpgradeGuardEngine();

    private IReadOnlyList<Diagnostic> Check(string text, AnalysisOptions? options = null) => _engine.Analyze("plan.upgrade.yaml", text, options).Diagnostics;

    [Fact]
    public void Clean_manifest_has_no_findings() => Assert.Empty(Check(Manifests.Clean));

    [Fact]
    public void Discovered_file_of_another_kind_is_ignored_but_an_explicit_one_gets_UG1003()
    {
        const string other = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n";
        var discovered = _engine.Analyze("x.upgrade.yaml", other, new AnalysisOptions { IsExplicit = false });
        Assert.False(discovered.IsManifest);
        Assert.Empty(discovered.Diagnostics);
        var named = _engine.Analyze("x.upgrade.yaml", other);
        var d = Assert.Single(named.Diagnostics);
        Assert.Equal("UG1003", d.Id);
        Assert.Equal((2, 7), (d.Span.StartLine, d.Span.StartColumn));
    }

    [Fact]
    public void Explicit_empty_file_gets_UG1003_at_line_1()
    {
        var d = Assert.Single(Check(""));
        Assert.Equal("UG1003", d.Id);
        Assert.Equal(1, d.Span.StartLine);
    }

    [Fact]
    public void Invalid_yaml_gets_UG1001_and_nothing_else()
    {
        var text = Manifests.Clean.Replace("  nodes: 3\n", "  nodes: [3\n");
        var d = Assert.Single(Check(text));
        Assert.Equal("UG1001", d.Id);
        Assert.True(d.Span.StartLine >= 4);
    }

    [Theory]
    [InlineData("  to: 5.5.1 # upgrade-guard: disable-line UG2006 -- staged\n")]
    [InlineData("  to: 5.5.1 # upgrade-guard: disable-line UG5001, UG2006\n")]
    [InlineData("  to: 5.5.1 # upgrade-guard: disable-line\n")]
    [InlineData("  to: 5.5.1 # upgrade-guard: disable-line UG2006 - staged, approved by the change board\n")]
    [InlineData("  to: 5.5.1 # upgrade-guard: disable-line UG2006 per change-board\n")]
    public void Disable_line_suppresses_the_finding_on_its_line(string line)
    {
        var text = Manifests.NotLatest.Replace("  to: 5.5.1\n", line);
        // UG5001 in "UG5001, UG2006" suppresses nothing there: that is UG0003 now, and nothing else is left.
        Assert.DoesNotContain(Check(text), d => d.Id != RuleIds.UnusedSuppression);
    }

    [Fact]
    public void Disable_next_line_and_disable_file_suppress()
    {
        Assert.Empty(Check(Manifests.NotLatest.Replace("  to: 5.5.1\n", "  # upgrade-guard: disable-next-line UG2006 -- staged\n  to: 5.5.1\n")));
        Assert.Empty(Check("# upgrade-guard: disable-file UG2006\n" + Manifests.NotLatest));
    }

    [Fact]
    public void A_suppression_of_another_rule_or_line_does_not_suppress()
    {
        // Each of these comments suppresses nothing, which is UG0003 on the comment.
        Assert.Equal(new[] { "UG2006", "UG0003" }, Check(Manifests.NotLatest.Replace("  to: 5.5.1\n", "  to: 5.5.1 # upgrade-guard: disable-line UG2001\n")).Select(d => d.Id));
        Assert.Equal(new[] { "UG0003", "UG2006" }, Check(Manifests.NotLatest.Replace("  to: 5.5.1\n", "  # upgrade-guard: disable-line UG2006\n  to: 5.5.1\n")).Select(d => d.Id));
        Assert.Single(Check(Manifests.NotLatest.Replace("  to: 5.5.1\n", "  to: \"5.5.1 # upgrade-guard: disable-line UG2006\"\n").Replace("\"5.5.1 #", "5.5.1\" #")));
    }

    [Fact]
    public void Severity_configuration_overrides_and_switches_off()
    {
        var asError = new SeverityConfiguration(new Dictionary<string, Severity> { ["UG2006"] = Severity.Error });
        Assert.Equal(Severity.Error, Assert.Single(Check(Manifests.NotLatest, new AnalysisOptions { Severities = asError })).Severity);
        var off = new SeverityConfiguration(new Dictionary<string, Severity> { ["UG2006"] = Severity.None });
        Assert.Empty(Check(Manifests.NotLatest, new AnalysisOptions { Severities = off }));
    }

    [Fact]
    public void Warnings_as_errors_promotes_warnings_only()
    {
        var text = Manifests.Clean.Replace("  window: 2h\n", "  window: 30m\n");
        var options = new AnalysisOptions { Severities = new SeverityConfiguration(null, warningsAsErrors: true) };
        var d = Assert.Single(Check(text, options));
        Assert.Equal(("UG5002", Severity.Error), (d.Id, d.Severity));
        Assert.Equal(Severity.Info, Assert.Single(Check(Manifests.NotLatest, options)).Severity);
    }

    [Fact]
    public void Bom_and_crlf_do_not_move_positions()
    {
        var text = Manifests.Clean.Replace("5.5.1", "5.3.2");
        var plain = Check(text).Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn, d.Span.EndColumn)).ToList();
        Assert.NotEmpty(plain);
        var bom = _engine.Analyze("p.upgrade.yaml", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray()).Diagnostics;
        Assert.Equal(plain, bom.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn, d.Span.EndColumn)).ToList());
        var crlf = Check(text.Replace("\n", "\r\n"));
        Assert.Equal(plain, crlf.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn, d.Span.EndColumn)).ToList());
    }

    [Fact]
    public void Invalid_utf8_gets_UG1001_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("apiVersion: upgradeguard/v1\nkind: Upgr").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("dePlan\n")).ToArray();
        var d = Assert.Single(_engine.Analyze("p.upgrade.yaml", bytes).Diagnostics);
        Assert.Equal("UG1001", d.Id);
        Assert.Equal((2, 11), (d.Span.StartLine, d.Span.StartColumn));
        Assert.Contains("0xC3", d.Message);
    }

    [Fact]
    public void Version_5_10_is_read_as_written()
    {
        var d = Assert.Single(Check(Manifests.Clean.Replace("version: 5.5.1", "version: 5.10")));
        Assert.Equal("UG1006", d.Id);
        Assert.Contains("'5.10'", d.Message);
        Assert.Equal((5, 12, 16), (d.Span.StartLine, d.Span.StartColumn, d.Span.EndColumn));
    }

    [Fact]
    public void Aliased_scalar_is_reported_where_the_alias_stands()
    {
        var text = Manifests.Clean.Replace("  version: 5.5.1\n", "  version: &current 5.3.2\n").Replace("    - upgrade: 5.6.0\n", "    - upgrade: *current\n");
        var ids = Check(text).Select(d => (d.Id, d.Span.StartLine)).ToList();
        Assert.Contains(("UG2003", 14), ids);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_line_column_and_id()
    {
        var text = Manifests.Clean.Replace("version: 5.5.1", "version: 5.3.2").Replace("  steps:\n    - snapshot: all\n", "  steps:\n");
        var list = Check(text);
        Assert.True(list.Count >= 2);
        var sorted = list.OrderBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, list);
    }

    [Fact]
    public void A_users_catalog_adds_a_release()
    {
        const string extra = "formatVersion: 1\nproducts:\n  - id: secure-workspace\n    upgrades:\n      - from: [5.6.0]\n        to: 5.7.0\n";
        var sink = new FindingSink();
        var catalog = CatalogLoader.Load(extra, sink);
        Assert.Empty(sink.Findings);
        var merged = CatalogLoader.BuiltIn.Merge(catalog!);
        var engine = new UpgradeGuardEngine(merged);
        var text = Manifests.Clean.Replace("to: 5.6.0", "to: 5.7.0").Replace("    - upgrade: 5.6.0\n", "    - upgrade: 5.6.0\n    - snapshot: all\n    - upgrade: 5.7.0\n").Replace("window: 2h", "window: 3h");
        Assert.Empty(engine.Analyze("p.upgrade.yaml", text).Diagnostics.Select(d => d.ToString()));
        Assert.Contains(new UpgradeGuardEngine().Analyze("p.upgrade.yaml", text).Diagnostics, d => d.Id == "UG2002");
    }

    [Fact]
    public void A_bad_catalog_is_reported_with_positions()
    {
        var sink = new FindingSink();
        CatalogLoader.Load("formatVersion: 1\nproducts:\n  - id: secure-workspace\n    upgrades:\n      - from: [5.6]\n        to: 5.7.0\n", sink);
        var f = Assert.Single(sink.Findings);
        Assert.Equal(("UG1006", 5), (f.Rule.Id, f.Span.StartLine));
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest_known_key()
    {
        var list = Check(Manifests.Clean.Replace("  window: 2h\n", "  windwo: 2h\n"));
        var d = Assert.Single(list);
        Assert.Equal("UG1002", d.Id);
        Assert.Contains("did you mean 'window'?", d.Message);
        Assert.Equal((9, 3, 9), (d.Span.StartLine, d.Span.StartColumn, d.Span.EndColumn));
    }

    [Fact]
    public void Unknown_product_switches_off_catalog_rules()
    {
        var list = Check(Manifests.Clean.Replace("kind: UpgradePlan\n", "kind: UpgradePlan\nproduct: citrix\n").Replace("version: 5.5.1", "version: 5.3.2"));
        Assert.Equal(new[] { "UG1005" }, list.Select(d => d.Id).ToArray());
    }

    [Fact]
    public void Merge_keys_merge_and_own_keys_win()
    {
        var text = "defaults: &d\n  nodes: 3\n  version: 5.3.2\n" + Manifests.Clean.Replace("cluster:\n  nodes: 3\n  version: 5.5.1\n", "cluster:\n  <<: *d\n  version: 5.5.1\n");
        var list = Check(text);
        var d = Assert.Single(list);
        Assert.Equal(("UG1002", 1), (d.Id, d.Span.StartLine)); // only the unknown top-level 'defaults'
    }

    [Fact]
    public void Start_at_the_end_of_the_calendar_does_not_throw()
    {
        var text = Manifests.Clean.Replace("2026-12-05T22:00", "9999-12-31T22:00").Replace("window: 2h", "window: 900h");
        Assert.DoesNotContain(Check(text), d => d.Id == "UG0001");
    }

    [Fact]
    public void Comments_of_a_file_that_does_not_parse_suppress_nothing()
    {
        var text = "# upgrade-guard: disable-file UG1001\n" + Manifests.Clean.Replace("  nodes: 3\n", "  nodes: [3\n");
        Assert.Equal("UG1001", Assert.Single(Check(text)).Id);
    }

    [Fact]
    public void A_directive_inside_a_block_or_quoted_scalar_is_text_not_a_comment()
    {
        var block = Manifests.NotLatest.Replace("    - snapshot: all\n", "    - notify-users: |\n        # upgrade-guard: disable-file UG2006\n        Downtime tonight.\n    - snapshot: all\n");
        Assert.Equal("UG2006", Assert.Single(Check(block)).Id);
        var quoted = Manifests.NotLatest.Replace("    - snapshot: all\n", "    - notify-users: \"see # upgrade-guard: disable-file UG2006\"\n    - snapshot: all\n");
        Assert.Equal("UG2006", Assert.Single(Check(quoted)).Id);
    }
}
