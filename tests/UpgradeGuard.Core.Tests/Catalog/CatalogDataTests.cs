using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Editing;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Rules.Database;
using UpgradeGuard.Core.Rules.Path;
using UpgradeGuard.Core.Rules.Safety;
using UpgradeGuard.Core.Rules.Schedule;
using UpgradeGuard.Core.Rules.SideBySide;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Catalog;

/// <summary>
/// A vendor release changes data, never tests or code: the tests' frozen catalog, a catalog that replaces the built-in
/// one, database engines from the catalog, and descriptor numbers from the catalog.
/// </summary>
public sealed class CatalogDataTests
{
    private const string Pinned = """
        formatVersion: 1
        replacesBuiltIn: true
        products:
          - id: secure-workspace
            name: Parallels Secure Workspace
            defaultMinutesPerAppliance: 20
            upgrades:
              - from: [5.6.0]
                to: 5.7.0
                minutesPerAppliance: 30
                requiresBefore: [migrate-audit-logs]
              - from: [5.5.1]
                to: 5.6.0
                supportAssisted: true
            databases:
              engines:
                sqlserver: { name: SQL Server }
                mysql: { name: MySQL }
              support:
                - clusterVersions: [5.7.x]
                  sqlserver: { min: "16.0" }
                - clusterVersions: [5.5.x, 5.6.x]
                  sqlserver: { min: "15.0" }
                  mysql: { min: "8.0" }
            tls:
              from: 5.7.0
              databaseMustAccept: "1.3"
              removedProtocols: ["1.2"]
            sideBySide:
              minimumVersion: 5.6.0

        """;

    private static CatalogSet Load(string text)
    {
        var sink = new FindingSink();
        var set = CatalogLoader.Load(text, sink);
        Assert.Empty(sink.Findings.Select(f => $"{f.Rule.Id} {f.Span}: {f.Message}"));
        return set!;
    }

    private static CatalogSet WithExtras(params string[] texts)
    {
        var problems = new List<Diagnostic>();
        var set = CatalogLoader.WithExtras(texts.Select((t, i) => new KeyValuePair<string, string>($"c{i}.yaml", t)), problems);
        Assert.Empty(problems);
        return set;
    }

    private static ProductVersion V(string text) => ProductVersion.TryParse(text, out var v) ? v : throw new ArgumentException(text, nameof(text));

    [Fact]
    public void The_tests_run_against_the_frozen_fixture_catalog()
    {
        Assert.Equal("2026-11-24", CatalogLoader.BuiltIn.DataDate);
        Assert.Equal(V("5.6.0"), CatalogLoader.BuiltIn.Default.Latest);
        Assert.True(CatalogLoader.BuiltIn.ReplacesBuiltIn, "the fixture says replacesBuiltIn: true");
        Assert.False(CatalogLoader.Shipped.ReplacesBuiltIn);
        Assert.NotSame(CatalogLoader.Shipped, CatalogLoader.BuiltIn);
    }

    [Fact]
    public void A_replacing_catalog_replaces_the_built_in_one_and_later_catalogs_add_to_it()
    {
        var pinned = WithExtras(Pinned);
        Assert.Equal(new[] { "5.5.1", "5.6.0", "5.7.0" }, pinned.Default.Versions.Select(v => v.ToString()));
        Assert.False(pinned.Default.IsKnown(V("5.4.4")));

        var added = WithExtras(NextRelease.Catalog.Replace("5.7.0", "5.8.0").Replace("[5.6.0]", "[5.7.0]").Replace("5.7.x", "5.8.x"), Pinned, "products: [{id: secure-workspace, upgrades: [{from: [5.7.0], to: 5.9.0}]}]\n");
        Assert.Equal(new[] { "5.5.1", "5.6.0", "5.7.0", "5.9.0" }, added.Default.Versions.Select(v => v.ToString()));
    }

    [Fact]
    public void A_pinned_catalog_changes_what_the_engine_reports()
    {
        var manifest = NextRelease.Manifest();
        Assert.Contains(new UpgradeGuardEngine().Analyze("p.upgrade.yaml", manifest).Diagnostics, d => d.Id == "UG2002");
        var pinned = new UpgradeGuardEngine(WithExtras(Pinned)).Analyze("p.upgrade.yaml", manifest).Diagnostics;
        Assert.DoesNotContain(pinned, d => d.Id == "UG2002");
        Assert.Contains(pinned, d => d.Id == "UG4005"); // the pinned catalog's 5.7.0 needs migrate-audit-logs first
    }

    [Theory]
    [InlineData("maybe", 2, 18)]
    [InlineData("[true]", 2, 18)]
    public void ReplacesBuiltIn_takes_true_or_false(string value, int line, int column)
    {
        var sink = new FindingSink();
        CatalogLoader.Load($"formatVersion: 1\nreplacesBuiltIn: {value}\nproducts: []\n", sink);
        var finding = Assert.Single(sink.Findings);
        Assert.Equal(("UG1006", line, column), (finding.Rule.Id, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("replacesBuiltIn must be true or false", finding.Message);
    }

    [Fact]
    public void ReplaceBuiltIn_refuses_a_catalog_with_problems()
    {
        var error = Assert.Throws<ArgumentException>(() => CatalogLoader.ReplaceBuiltIn("formatVersion: 2\nproducts: []\n"));
        Assert.Contains("formatVersion", error.Message);
        Assert.Equal(V("5.6.0"), CatalogLoader.BuiltIn.Default.Latest);
    }

    private const string ExternalMySql = """
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.5.1
        database:
          type: external
          engine: mysql
          version: "8.0"
        upgrade:
          to: 5.6.0

        """;

    [Fact]
    public void Database_engines_come_from_the_catalog()
    {
        var builtIn = new UpgradeGuardEngine().Analyze("p.upgrade.yaml", ExternalMySql).Diagnostics;
        var engine = Assert.Single(builtIn, d => d.Message.Contains("database.engine", StringComparison.Ordinal));
        Assert.Equal("UG1002", engine.Id);
        Assert.Equal((8, 11), (engine.Span.StartLine, engine.Span.StartColumn));
        Assert.StartsWith("'database.engine' does not allow 'mysql'; allowed: sqlserver, azure-sql, postgresql", engine.Message);

        var withMySql = new UpgradeGuardEngine(WithExtras(Pinned)).Analyze("p.upgrade.yaml", ExternalMySql).Diagnostics;
        Assert.DoesNotContain(withMySql, d => d.Message.Contains("database.engine", StringComparison.Ordinal));

        var missing = new UpgradeGuardEngine(WithExtras(Pinned)).Analyze("p.upgrade.yaml", ExternalMySql.Replace("  engine: mysql\n", "")).Diagnostics;
        Assert.Contains(missing, d => d.Id == "UG1002" && d.Message.Contains("(sqlserver or mysql)", StringComparison.Ordinal));
    }

    [Fact]
    public void Completion_offers_the_catalogs_engines()
    {
        const string text = "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ndatabase:\n  engine: ";
        var context = CursorContext.At(text, text.Length);
        Assert.Equal(new[] { "sqlserver", "azure-sql", "postgresql" }, CompletionProvider.For(context, CatalogLoader.BuiltIn).Select(i => i.Label));
        Assert.Equal(new[] { "sqlserver", "mysql" }, CompletionProvider.For(context, WithExtras(Pinned)).Select(i => i.Label));
    }

    [Fact]
    public void Descriptors_say_the_catalogs_numbers()
    {
        Assert.Equal("Database does not accept TLS 1.2", DatabaseTlsTooOldRule.Descriptor.Title);
        Assert.Equal("Side-by-side needs 5.3 or later", SideBySideTooOldRule.Descriptor.Title);
        Assert.Equal("The booked downtime window is shorter than the estimate: about 15 minutes per appliance per hop (60 for the hop to 5.4.4, 45 for the hop to 5.1.3), times cluster.nodes, summed over the hops.", WindowBelowEstimateRule.Descriptor.Description);
        Assert.Equal("From 5.4, TLS 1.0 and 1.1 are no longer supported: an external database that does not accept TLS 1.2 makes the upgrade to 5.4 fail.", DatabaseTlsTooOldRule.Descriptor.Description);
        Assert.StartsWith("The appliances enable TLS 1.0 or 1.1 while the plan reaches 5.4 or later,", ClusterTlsRemovedRule.Descriptor.Description);
        Assert.Contains("(for example PostgreSQL and Azure SQL with 5.5 and later)", DatabaseEngineUnsupportedRule.Descriptor.Description);
        Assert.StartsWith("A hop from 5.2.3 or older", SupportAssistedHopRule.Descriptor.Description);
        Assert.StartsWith("Before upgrading to 5.1.3 the audit logs", MissingAuditLogMigrationRule.Descriptor.Description);
    }

    [Fact]
    public void Descriptor_facts_follow_the_catalog()
    {
        var facts = new CatalogFacts(WithExtras(Pinned).Default);
        Assert.Equal("1.3", facts.DatabaseTls);
        Assert.Equal("5.7", facts.TlsRelease);
        Assert.Equal("1.2", facts.RemovedTls);
        Assert.Equal("5.6", facts.SideBySideRelease);
        Assert.Equal("5.7.0", facts.TargetsRequiring("migrate-audit-logs"));
        Assert.Equal("5.5.1", facts.NewestSupportAssistedSource);
        Assert.Equal("about 20 minutes per appliance per hop (30 for the hop to 5.7.0)", facts.EstimatePerHop);
        Assert.Equal("MySQL with 5.7 and later", facts.DroppedEngines);
    }
}
