using System;
using System.IO;
using System.Linq;
using UpgradeGuard.Build.Tests.Infrastructure;

namespace UpgradeGuard.Build.Tests.EndToEnd;

/// <summary>
/// The UpgradeGuard package packed once for the end-to-end tests, with a unique version (so no packages folder can
/// hold a stale copy) and a matching assembly version, into a local folder feed in a temporary workspace. Consumer
/// projects restore it from there through a NuGet.config that clears every other source but the registry, into a
/// packages folder of their own.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        BuildNumber = (int)(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond % 60000) + 1;
        Version = $"0.1.0-e2e.{BuildNumber}";
        Workspace = Path.Combine(Path.GetTempPath(), "upgradeguard-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Workspace, "feed");
        Directory.CreateDirectory(Feed);

        var project = Path.Combine(RepositoryPaths.Root, "src", "UpgradeGuard.Build", "UpgradeGuard.Build.csproj");
        // Built under the workspace (--artifacts-path), so the repository's own bin/ and obj/ are never touched.
        var pack = Dotnet.Run(RepositoryPaths.Root, "pack", project, "-o", Feed, "--artifacts-path", Path.Combine(Workspace, "artifacts"),
            "-nr:false", $"-p:VersionSuffix=e2e.{BuildNumber}", $"-p:UpgradeGuardBuildNumber={BuildNumber}");
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        PackagePath = Directory.GetFiles(Feed, "UpgradeGuard.*.nupkg").Single();

        File.Copy(Path.Combine(RepositoryPaths.Root, "global.json"), Path.Combine(Workspace, "global.json"));
        File.WriteAllText(Path.Combine(Workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Workspace, "packages")}" />
              </config>
            </configuration>
            """);
        // What samples/Directory.Build.props does for the samples, with this run's version; and the frozen test catalog,
        // which replaces the built-in one (replacesBuiltIn: true) in the analyzer and the task, as a user pins the data.
        File.WriteAllText(Path.Combine(Workspace, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <UpgradeGuardVersion>{Version}</UpgradeGuardVersion>
              </PropertyGroup>
              <ItemGroup>
                <UpgradeCatalog Include="{FixtureCatalog.Path}" />
              </ItemGroup>
            </Project>
            """);
    }

    public int BuildNumber { get; }
    public string Version { get; }
    public string Workspace { get; }
    public string Feed { get; }
    public string PackagePath { get; }

    /// <summary>A fresh copy of a folder of samples/ (bin/ and obj/ left out) in the workspace, under a name of its own.</summary>
    public string CopySample(string sample, string name)
    {
        var target = Path.Combine(Workspace, name);
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "samples", sample), target);
        return target;
    }

    /// <summary>An empty project folder in the workspace.</summary>
    public string NewFolder(string name)
    {
        var target = Path.Combine(Workspace, name);
        Directory.CreateDirectory(target);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is "bin" or "obj") continue;
            CopyDirectory(directory, Path.Combine(target, name));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    /// <summary>One collection: the package is packed once, and the builds run one at a time.</summary>
    public const string Name = "packed package";
}
