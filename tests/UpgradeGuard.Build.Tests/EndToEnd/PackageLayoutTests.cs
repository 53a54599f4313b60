using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;

namespace UpgradeGuard.Build.Tests.EndToEnd;

/// <summary>What the packed UpgradeGuard package holds, and what it does not.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private static readonly string[] Libraries = { "UpgradeGuard.Core.dll", "YamlDotNet.dll", "NodaTime.dll" };
    private readonly PackedPackage _package;

    public PackageLayoutTests(PackedPackage package) => _package = package;

    [Fact]
    public void Holds_the_analyzer_the_task_the_targets_and_the_schema()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var file in Libraries.Append("UpgradeGuard.Analyzers.dll")) Assert.Contains("analyzers/dotnet/cs/" + file, entries);
        foreach (var framework in new[] { "net472", "net8.0" })
        {
            foreach (var file in Libraries.Append("UpgradeGuard.Build.dll")) Assert.Contains($"tasks/{framework}/{file}", entries);
        }
        foreach (var folder in new[] { "build", "buildTransitive", "buildMultiTargeting" })
        {
            Assert.Contains(folder + "/UpgradeGuard.props", entries);
            Assert.Contains(folder + "/UpgradeGuard.targets", entries);
        }
        Assert.Contains("schema/upgrade-manifest-v1.schema.json", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);

        // MSBuild's own assemblies come from the MSBuild that loads the task; a copy would clash with it.
        Assert.DoesNotContain(entries, e => e.StartsWith("tasks/", StringComparison.Ordinal) && Path.GetFileName(e).StartsWith("Microsoft.Build", StringComparison.Ordinal));
        // No lib/: referencing the package adds nothing to the consumer's compilation.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));

        using var schema = JsonDocument.Parse(Read(zip, "schema/upgrade-manifest-v1.schema.json"));
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Is_a_development_dependency_with_no_dependencies_an_icon_and_a_readme()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var nuspec = XDocument.Parse(Read(zip, "UpgradeGuard.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("UpgradeGuard", Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
    }

    [Fact]
    public void Every_shipped_UpgradeGuard_assembly_carries_this_release_s_own_version()
    {
        // A distinct assembly version per release (and per test pack): an MSBuild node or Visual Studio that loaded
        // another release's task never runs it in place of this one.
        var expected = new Version(0, 1, 0, _package.BuildNumber);
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var folder = Path.Combine(_package.Workspace, "layout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var entry in zip.Entries.Where(e => Path.GetFileName(e.FullName).StartsWith("UpgradeGuard.", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            var path = Path.Combine(folder, entry.FullName.Replace('/', '_'));
            entry.ExtractToFile(path);
            Assert.True(expected == AssemblyName.GetAssemblyName(path).Version, $"{entry.FullName}: {AssemblyName.GetAssemblyName(path).Version}, expected {expected}");
        }
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
