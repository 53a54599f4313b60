using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace UpgradeGuard.Cli.Tests.Integrations;

/// <summary>
/// The README's "Installing" commands run as written, from the repository root, with three changes so the machine is
/// left as it was: the packages go to a temporary folder (and build under it, --artifacts-path) with a version suffix of
/// their own, and the tool installs into a temporary --tool-path instead of --global. Then the installed command runs,
/// both nuspecs are read, and the README's folder-feed push is run.
/// </summary>
public sealed class InstallFromSourceTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "ug-install-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static IReadOnlyList<string> InstallCommands()
    {
        var snippet = MarkdownSnippets.Read(Path.Combine(RepositoryPaths.Root, "README.md")).First(s => s.Heading == "Installing" && s.Language == "sh");
        return snippet.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public void The_readme_installs_the_current_version_from_artifacts_packages()
    {
        var prefix = XDocument.Load(Path.Combine(RepositoryPaths.Root, "build", "Common.props")).Descendants("VersionPrefix").Single().Value;
        var commands = InstallCommands();
        Assert.Equal(
            new[]
            {
                "dotnet pack src/UpgradeGuard.Cli -o artifacts/packages",
                "dotnet pack src/UpgradeGuard.Build -o artifacts/packages",
                $"dotnet tool install --global UpgradeGuard.Tool --add-source artifacts/packages --version {prefix}",
            },
            commands);
    }

    [Fact]
    public void Packing_and_installing_as_the_readme_says_gives_a_working_tool_and_two_complete_packages()
    {
        var prefix = XDocument.Load(Path.Combine(RepositoryPaths.Root, "build", "Common.props")).Descendants("VersionPrefix").Single().Value;
        var suffix = "install." + Guid.NewGuid().ToString("N")[..8];
        var version = prefix + "-" + suffix;
        var feed = Path.Combine(_temp, "packages");
        var tools = Path.Combine(_temp, "tools");
        // The install reads the packages from a packages folder of its own, so the user's is never given this test build.
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_temp, "nuget-packages") };

        int index = 0;
        foreach (var command in InstallCommands())
        {
            var words = command.Split(' ').Select(w => w == "artifacts/packages" ? feed : w).ToList();
            Assert.Equal("dotnet", words[0]);
            if (words[1] == "pack")
            {
                words.AddRange(new[] { "--artifacts-path", Path.Combine(_temp, "build-" + index++), "-p:VersionSuffix=" + suffix, "-nr:false" });
                var pack = RepositorySnapshot.Run(RepositoryPaths.Root, "dotnet", words.Skip(1), null);
                Assert.True(pack.ExitCode == 0, command + "\n" + pack);
            }
            else
            {
                words[words.IndexOf("--global")] = "--tool-path";
                words.Insert(words.IndexOf("--tool-path") + 1, tools);
                words[words.IndexOf("--version") + 1] = version;
                var install = RepositorySnapshot.Run(_temp, "dotnet", words.Skip(1), isolated);
                Assert.True(install.ExitCode == 0, command + "\n" + install);
            }
        }

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "upgrade-guard.exe" : "upgrade-guard");
        var printed = RepositorySnapshot.Run(_temp, tool, new[] { "--version" }, null);
        Assert.StartsWith(version, printed.Output.Trim());
        var check = RepositorySnapshot.Run(RepositoryPaths.Samples, tool, new[] { "check", "clusters" }, null);
        Assert.True(check.ExitCode == ExitCodes.ErrorsFound, check.ToString());
        Assert.Contains("clusters/prod-us/prod-us.upgrade.yaml(16,12): error UG3001: ", check.Output, StringComparison.Ordinal);

        AssertMetadata(Path.Combine(feed, $"UpgradeGuard.Tool.{version}.nupkg"), "UpgradeGuard.Tool", version, isTool: true);
        AssertMetadata(Path.Combine(feed, $"UpgradeGuard.{version}.nupkg"), "UpgradeGuard", version, isTool: false);

        // The README's folder feed: `dotnet nuget push` lays the packages out as a feed anyone can add as a source.
        var push = MarkdownSnippets.Read(Path.Combine(RepositoryPaths.Root, "README.md"))
            .SelectMany(s => s.Text.Split('\n')).Single(l => l.StartsWith("dotnet nuget push", StringComparison.Ordinal) && l.Contains("/srv/nuget/upgradeguard", StringComparison.Ordinal));
        var folderFeed = Path.Combine(_temp, "team-feed");
        Directory.CreateDirectory(folderFeed);
        var pushCommand = Regex.Replace(push, @"\s+#.*$", "").Replace("/srv/nuget/upgradeguard", folderFeed, StringComparison.Ordinal);
        var pushWords = Regex.Matches(pushCommand, @"""[^""]*""|\S+").Select(m => m.Value.Trim('"')).Select(w => w == "artifacts/packages/*.nupkg" ? Path.Combine(feed, "*.nupkg") : w).ToList();
        var pushed = RepositorySnapshot.Run(_temp, "dotnet", pushWords.Skip(1), null);
        Assert.True(pushed.ExitCode == 0, pushed.ToString());
        Assert.True(File.Exists(Path.Combine(folderFeed, $"UpgradeGuard.Tool.{version}.nupkg")), pushed.ToString());
        Assert.True(File.Exists(Path.Combine(folderFeed, $"UpgradeGuard.{version}.nupkg")), pushed.ToString());
    }

    private static void AssertMetadata(string package, string id, string version, bool isTool)
    {
        Assert.True(File.Exists(package), package);
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspecEntry = zip.Entries.Single(e => e.FullName == id + ".nuspec");
        using var reader = new StreamReader(nuspecEntry.Open());
        var metadata = XDocument.Parse(reader.ReadToEnd()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

        Assert.Equal(id, Element("id")?.Value);
        Assert.Equal(version, Element("version")?.Value);
        Assert.Equal("MIT", Element("license")?.Value);
        Assert.Equal("expression", Element("license")?.Attribute("type")?.Value);
        Assert.Equal("https://github.com/upgradeguard/upgradeguard", Element("projectUrl")?.Value);
        Assert.Contains("secure-workspace", Element("tags")?.Value ?? "");
        Assert.Contains(Element("readme")?.Value ?? "(no readme)", entries);
        Assert.Contains(Element("icon")?.Value ?? "(no icon)", entries);
        Assert.False(string.IsNullOrWhiteSpace(Element("description")?.Value));
        var packageTypes = Element("packageTypes")?.Elements().Select(e => e.Attribute("name")?.Value).ToList() ?? new List<string?>();
        Assert.Equal(isTool, packageTypes.Contains("DotnetTool"));
    }
}
