using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Rules;
using Xunit;

namespace UpgradeGuard.Analyzers.Tests;

/// <summary>
/// The analyzer declares one descriptor per engine id (DeclaredDescriptors.cs, written by the inventory command), and
/// Microsoft.CodeAnalysis.Analyzers' release tracking (RS2000-RS2008) holds them to AnalyzerReleases.*.md.
/// </summary>
public sealed class ReleaseTrackingTests
{
    private static string AnalyzerProject => Path.Combine(RepositoryPaths.Root, "src", "UpgradeGuard.Analyzers");

    [Fact]
    public void Every_engine_descriptor_is_declared_with_its_id_category_severity_title_and_help_link()
    {
        Assert.Equal(RuleRegistry.Descriptors.Select(d => d.Id), RoslynDescriptors.All.Select(d => d.Id));
        foreach (var rule in RuleRegistry.Descriptors)
        {
            var declared = RoslynDescriptors.For(rule);
            Assert.Equal(rule.Category, declared.Category);
            Assert.Equal(RoslynDescriptors.ToRoslyn(rule.DefaultSeverity), declared.DefaultSeverity);
            Assert.True(declared.IsEnabledByDefault);
            Assert.Equal(rule.Title, declared.Title.ToString());
            Assert.Equal(rule.Description, declared.Description.ToString());
            Assert.Equal(rule.HelpUri, declared.HelpLinkUri);
            Assert.Equal("{0}", declared.MessageFormat.ToString());
            Assert.Contains(RoslynDescriptors.CustomSeverityConfigurable, declared.CustomTags);
        }
    }

    /// <summary>
    /// Builds the analyzer project (into a folder of its own) against copies of the release files, one with a rule left
    /// out and one with a severity changed: the release-tracking analyzers fail the build with RS2000 and RS2001.
    /// </summary>
    [Fact]
    public void The_analyzer_build_fails_when_a_rule_is_missing_from_the_release_files()
    {
        var copy = Directory.CreateTempSubdirectory("ug-release-tracking-").FullName;
        try
        {
            File.Copy(Path.Combine(AnalyzerProject, "AnalyzerReleases.Shipped.md"), Path.Combine(copy, "AnalyzerReleases.Shipped.md"));
            var unshipped = File.ReadAllLines(Path.Combine(AnalyzerProject, "AnalyzerReleases.Unshipped.md"));
            Assert.Contains(unshipped, line => line.StartsWith("UG5003 | Schedule | Warning |", StringComparison.Ordinal));
            Assert.Contains(unshipped, line => line.StartsWith("UG2001 | UpgradePath | Error |", StringComparison.Ordinal));
            File.WriteAllLines(Path.Combine(copy, "AnalyzerReleases.Unshipped.md"), unshipped
                .Where(line => !line.StartsWith("UG5003 ", StringComparison.Ordinal))
                .Select(line => line.StartsWith("UG2001 ", StringComparison.Ordinal) ? line.Replace("| Error |", "| Warning |", StringComparison.Ordinal) : line));

            var (exitCode, output) = Build(copy);

            Assert.True(exitCode != 0, "the analyzer project built with a rule missing from AnalyzerReleases.Unshipped.md:\n" + output);
            Assert.Contains("RS2000: Rule 'UG5003' is not part of any analyzer release", output);
            Assert.Contains("RS2001: Rule 'UG2001' has a changed 'Category' or 'Severity'", output);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Build(string copy)
    {
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "build", Path.Combine(AnalyzerProject, "UpgradeGuard.Analyzers.csproj"), "--no-restore", "-c", configuration, "-nodeReuse:false",
            // The engine is already built (this test project references it); only the analyzer compiles, into the copy's bin/ and obj/.
            "-p:BuildProjectReferences=false", "-p:UpgradeGuardReleaseTrackingCopy=" + copy,
        })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
