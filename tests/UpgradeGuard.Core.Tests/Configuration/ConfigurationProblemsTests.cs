using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Configuration;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Configuration;

/// <summary>UG0002 on a line of an .editorconfig or .globalconfig.</summary>
public sealed class ConfigurationProblemsTests
{
    private static string Short(Finding f) => $"{f.Span} {f.Rule.Id}: {f.Message}";

    [Fact]
    public void A_misspelt_severity_is_reported_at_its_entry()
    {
        var text = "root = true\n\n[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = eror   # raise it\n";
        var f = Assert.Single(ConfigurationProblems.Find(text));
        Assert.Equal("4:1-4:41 UG0002: 'dotnet_diagnostic.UG5001.severity' gives the severity 'eror', which is not one (did you mean 'error'?); use none, silent, suggestion, warning, error or default: the entry is ignored and UG5001 keeps its severity", Short(f));
    }

    [Fact]
    public void An_id_that_is_no_rule_is_reported_with_the_nearest_id()
    {
        var text = "is_global = true\r\n  dotnet_diagnostic.UG50001.severity: none\r\ndotnet_diagnostic.UG9999.severity = error\r\n";
        var findings = ConfigurationProblems.Find(text).Select(Short).ToList();
        var expected = new[]
        {
            "2:3-2:43 UG0002: 'dotnet_diagnostic.UG50001.severity' names no rule: UG50001 is not an UpgradeGuard rule id (did you mean UG5001?); the entry is ignored (see 'upgrade-guard rules')",
            "3:1-3:42 UG0002: 'dotnet_diagnostic.UG9999.severity' names no rule: UG9999 is not an UpgradeGuard rule id; the entry is ignored (see 'upgrade-guard rules')",
        };
        Assert.Equal(expected.Length, findings.Count);
        Assert.Equal(expected[0], findings[0]);
        Assert.Equal(expected[1], findings[1]);
    }

    [Fact]
    public void A_missing_severity_is_reported()
    {
        var f = Assert.Single(ConfigurationProblems.Find("[*]\ndotnet_diagnostic.UG2006.severity =\n"));
        Assert.StartsWith("2:1-2:34 UG0002: 'dotnet_diagnostic.UG2006.severity' gives no severity;", Short(f));
    }

    [Theory]
    [InlineData("dotnet_diagnostic.UG5001.severity = error")]
    [InlineData("dotnet_diagnostic.ug5001.severity = Warning")]
    [InlineData("dotnet_diagnostic.UG5001.severity = default")]
    [InlineData("dotnet_diagnostic.UG5001.severity = silent")]
    [InlineData("dotnet_diagnostic.UG0003.severity = none")]
    [InlineData("dotnet_diagnostic.CA9999.severity = eror")]
    [InlineData("dotnet_diagnostic.IDE0055.severity = whatever")]
    [InlineData("# dotnet_diagnostic.UG9999.severity = eror")]
    [InlineData("; dotnet_diagnostic.UG9999.severity = eror")]
    [InlineData("dotnet_analyzer_diagnostic.category-Schedule.severity = error")]
    [InlineData("[dotnet_diagnostic.UG9999.severity = eror]")]
    public void Valid_entries_and_other_analyzers_entries_are_left_alone(string line) =>
        Assert.Empty(ConfigurationProblems.Find("[*.upgrade.yaml]\n" + line + "\n"));

    [Fact]
    public void The_file_set_reports_each_file_once_at_UG0002s_severity_for_that_file()
    {
        var root = Path.Combine(Path.GetTempPath(), "ug-config-problems");
        var editorConfig = Path.Combine(root, "infra", ".editorconfig");
        var globalConfig = Path.Combine(root, ".globalconfig");
        var set = ConfigurationFileSet.FromFiles(new[]
        {
            new KeyValuePair<string, string>(globalConfig, "is_global = true\ndotnet_diagnostic.UG0002.severity = error\ndotnet_diagnostic.UG9999.severity = none\n"),
            new KeyValuePair<string, string>(editorConfig, "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = eror\n"),
        });

        var problems = set.Problems();

        Assert.Equal(new[] { $"{globalConfig}(3,1): error UG0002", $"{editorConfig}(2,1): error UG0002" },
            problems.Select(d => $"{d.FilePath}({d.Span.StartLine},{d.Span.StartColumn}): {d.Severity.ToDisplay()} {d.Id}"));
    }

    [Fact]
    public void UG0002_switched_off_for_configuration_files_reports_nothing()
    {
        var set = ConfigurationFileSet.FromFiles(new[]
        {
            new KeyValuePair<string, string>(Path.Combine(Path.GetTempPath(), "ug-off", ".globalconfig"), "dotnet_diagnostic.UG0002.severity = none\ndotnet_diagnostic.UG9999.severity = error\n"),
        });
        Assert.Empty(set.Problems());
    }
}
