using System.Threading.Tasks;
using UpgradeGuard.Analyzers.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>One manifest per rule family, with the findings marked where the engine must place them.</summary>
public sealed class RuleFamilyTests
{
    [Fact]
    public Task Structure_unknown_key_and_missing_key()
    {
        return new ManifestAnalyzerTest().Manifest("typo.upgrade.yaml", """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            {|UG1002:cluster|}:
              {|UG1002:nodse|}: 3
              version: 5.5.1
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
            upgrade:
              to: 5.6.0
              steps:
                - snapshot: all
                - upgrade: 5.6.0

            """).RunAsync();
    }

    [Fact]
    public Task Path_skipped_hop_and_Safety_missing_snapshot()
    {
        return new ManifestAnalyzerTest().Manifest("clusters/amsterdam.upgrade.yaml", """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 3
              version: 5.4.4
            database:
              type: embedded
            schedule:
              start: 2026-12-05T20:00
              timeZone: Europe/Amsterdam
              window: 3h
            upgrade:
              to: 5.6.0
              steps:
                - {|UG4001:upgrade: {|UG2001:5.6.0|}|}

            """).RunAsync();
    }

    [Fact]
    public Task Database_version_outside_the_supported_range_on_the_way()
    {
        return new ManifestAnalyzerTest().Manifest("db.upgrade.yaml", """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 1
              version: 5.3.2
            database:
              type: external
              engine: sqlserver
              version: {|UG3001:"2022"|}
              host: sql01.corp.example
              tls:
                protocols: ["1.2"]
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
              window: 3h
            upgrade:
              to: 5.6.0
              steps:
                - snapshot: all
                  database: true
                - upgrade: 5.3.3
                - snapshot: all
                  database: true
                - upgrade: 5.4.4
                - snapshot: all
                  database: true
                - upgrade: 5.5.1
                - snapshot: all
                  database: true
                - upgrade: 5.6.0

            """).RunAsync();
    }

    [Fact]
    public Task Schedule_downtime_in_business_hours()
    {
        return new ManifestAnalyzerTest().Manifest("clusters/lab/lab.upgrade.yaml", SampleManifests.Lab("{|UG5001:2026-12-01T10:00|}")).RunAsync();
    }

    [Fact]
    public Task SideBySide_before_5_3()
    {
        return new ManifestAnalyzerTest().Manifest("sbs.upgrade.yaml", """
            apiVersion: upgradeguard/v1
            kind: UpgradePlan
            cluster:
              nodes: 1
              version: 5.2.5
              addresses: [10.50.0.10]
            schedule:
              start: 2026-12-05T22:00
              timeZone: Europe/Brussels
              window: 3h
            upgrade:
              to: 5.6.0
              strategy: {|UG6001:{|UG6007:side-by-side|}|}
              sideBySide:
                deployVersion: 5.2.5
                addresses: [10.50.1.10]
              steps:
                - notify-users: "Do not share files until Monday"
                - environment-backup: true
                - snapshot: all
                - upgrade: 5.3.3
                - snapshot: all
                - upgrade: 5.4.4
                - snapshot: all
                - upgrade: 5.5.1
                - snapshot: all
                - upgrade: 5.6.0
                - switch-traffic: true
                - decommission: true

            """).RunAsync();
    }

    [Fact]
    public Task A_clean_manifest_reports_nothing()
    {
        return new ManifestAnalyzerTest().Manifest("dublin.upgrade.yaml", SampleManifests.Clean).RunAsync();
    }
}
