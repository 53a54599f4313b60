using System;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace UpgradeGuard.Build.Tests.EndToEnd;

/// <summary>
/// Real `dotnet build` of consumer projects that reference the packed package: the NoTargets sample (the task), the
/// C# sample (the analyzer), multi-targeting projects of both kinds, clean projects, and the user's switches.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BuildEndToEndTests
{
    private readonly PackedPackage _package;
    private readonly ITestOutputHelper _output;

    public BuildEndToEndTests(PackedPackage package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void NoTargets_sample_fails_with_the_located_errors_the_command_line_reports()
    {
        var folder = _package.CopySample("notargets-repo", "notargets-" + Guid.NewGuid().ToString("N")[..8]);
        var result = Dotnet.Build(Path.Combine(folder, "ClusterUpgrades.proj"), "normal");
        _output.WriteLine(result.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.True(result.TaskRan, "the task should have checked the manifests");
        var logged = result.Diagnostics;
        var amsterdam = Path.Combine(folder, "clusters", "amsterdam.upgrade.yaml");
        Assert.Equal(new[] { "amsterdam.upgrade.yaml(19,7): error UG4001", "amsterdam.upgrade.yaml(19,16): error UG2001" }, logged.Select(l => l.Located));
        Assert.All(logged, l => Assert.Equal(amsterdam, l.Path));

        // Word for word what the command line reports for the folder (which reads the same .editorconfig), end positions included.
        var expected = CliFindings.Check(folder);
        Assert.Equal(
            expected.Select(f => (f.Path, f.Line, f.Column, (int?)f.EndLine, (int?)f.EndColumn, f.Severity, f.Id, f.Message)),
            logged.Select(l => (l.Path, l.Line, l.Column, l.EndLine, l.EndColumn, l.Severity, l.Id, l.Message)));

        // A failed check leaves no stamp, so the next build checks again.
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "obj"), "*.UpgradeGuard.stamp", SearchOption.AllDirectories));
        AssertNoToolFailure(result);
    }

    [Fact]
    public void CSharp_sample_reports_through_the_analyzer_and_the_task_stays_quiet()
    {
        var folder = _package.CopySample("csharp-project", "csharp-" + Guid.NewGuid().ToString("N")[..8]);
        var result = Dotnet.Build(Path.Combine(folder, "DeploymentTools.csproj"), "normal");
        _output.WriteLine(result.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(result.TaskRan, "the task must not run where the analyzer reports");
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "obj"), "*.UpgradeGuard.stamp", SearchOption.AllDirectories));
        var logged = result.Diagnostics;
        Assert.Equal(new[] { "oslo.upgrade.yaml(12,11): error UG3002", "oslo.upgrade.yaml(23,7): warning UG3004" }, logged.Select(l => l.Located));
        Assert.All(logged, l => Assert.Equal($"https://github.com/upgradeguard/upgradeguard/blob/main/docs/rules/{l.Id}.md", l.Help));

        var expected = CliFindings.Check(folder);
        Assert.Equal(
            expected.Select(f => (f.Path, f.Line, f.Column, f.Severity, f.Id, f.Message)),
            logged.Select(l => (l.Path, l.Line, l.Column, l.Severity, l.Id, l.Message)));
        AssertNoToolFailure(result);
    }

    [Theory]
    [InlineData("Microsoft.NET.Sdk", "csproj")]
    [InlineData("Microsoft.Build.NoTargets/3.7.0", "proj")]
    public void Multi_targeting_projects_report_each_finding_once(string sdk, string extension)
    {
        var folder = _package.NewFolder($"multi-{extension}-" + Guid.NewGuid().ToString("N")[..8]);
        File.Copy(Path.Combine(SampleManifests, "amsterdam.upgrade.yaml"), Path.Combine(folder, "amsterdam.upgrade.yaml"));
        var project = WriteProject(folder, "Multi." + extension, sdk, "<TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks>");

        var result = Dotnet.Build(project);
        _output.WriteLine(result.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(new[] { "amsterdam.upgrade.yaml(19,7): error UG4001", "amsterdam.upgrade.yaml(19,16): error UG2001" }, result.Diagnostics.Select(l => l.Located));
        // Reported once, by the outer build (the task); the inner builds check nothing.
        Assert.All(result.Diagnostics, l => Assert.Equal(project, l.Project));
        AssertNoToolFailure(result);
    }

    [Fact]
    public void A_CSharp_project_that_runs_no_analyzers_is_checked_by_the_task_once()
    {
        var folder = _package.NewFolder("noanalyzers-" + Guid.NewGuid().ToString("N")[..8]);
        File.Copy(Path.Combine(SampleManifests, "amsterdam.upgrade.yaml"), Path.Combine(folder, "amsterdam.upgrade.yaml"));
        var project = WriteProject(folder, "Tools.csproj", "Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework><RunAnalyzers>false</RunAnalyzers>");

        var result = Dotnet.Build(project, "normal");
        _output.WriteLine(result.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.True(result.TaskRan, "with RunAnalyzers=false the task checks");
        Assert.Equal(new[] { "amsterdam.upgrade.yaml(19,7): error UG4001", "amsterdam.upgrade.yaml(19,16): error UG2001" }, result.Diagnostics.Select(l => l.Located));
        // The task's form (with end positions), not the compiler's.
        Assert.All(result.Diagnostics, l => Assert.NotNull(l.EndColumn));
    }

    [Theory]
    [InlineData("Microsoft.NET.Sdk", "csproj")]
    [InlineData("Microsoft.Build.NoTargets/3.7.0", "proj")]
    public void A_project_with_clean_manifests_builds(string sdk, string extension)
    {
        var folder = _package.NewFolder($"clean-{extension}-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "clusters"));
        File.Copy(Path.Combine(SampleManifests, "dublin.upgrade.yaml"), Path.Combine(folder, "clusters", "dublin.upgrade.yaml"));
        var project = WriteProject(folder, "Clean." + extension, sdk, "<TargetFramework>net10.0</TargetFramework>");

        var result = Dotnet.Build(project, "normal");
        _output.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Diagnostics);
        Assert.Equal(extension == "proj", result.TaskRan);
    }

    [Fact]
    public void NoWarn_lets_the_NoTargets_build_pass()
    {
        var folder = _package.CopySample("notargets-repo", "nowarn-" + Guid.NewGuid().ToString("N")[..8]);
        var result = Dotnet.Build(Path.Combine(folder, "ClusterUpgrades.proj"), "minimal", "-p:NoWarn=UG2001%3BUG4001");
        _output.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Editorconfig_severities_and_TreatWarningsAsErrors_apply_to_the_task()
    {
        var folder = _package.CopySample("notargets-repo", "severity-" + Guid.NewGuid().ToString("N")[..8]);
        var project = Path.Combine(folder, "ClusterUpgrades.proj");
        File.Delete(Path.Combine(folder, "clusters", "amsterdam.upgrade.yaml"));

        // The sample's .editorconfig switches the lab's UG5001 off.
        var configured = Dotnet.Build(project);
        Assert.True(configured.ExitCode == 0, configured.ToString());
        Assert.Empty(configured.Diagnostics);

        // Without it, the warning is back; TreatWarningsAsErrors makes it an error and fails the build.
        var warned = Dotnet.Build(project, "minimal", "-p:DiscoverEditorConfigFiles=false");
        Assert.True(warned.ExitCode == 0, warned.ToString());
        Assert.Equal(new[] { "lab.upgrade.yaml(13,10): warning UG5001" }, warned.Diagnostics.Select(l => l.Located));

        var promoted = Dotnet.Build(project, "minimal", "-p:DiscoverEditorConfigFiles=false", "-p:TreatWarningsAsErrors=true");
        _output.WriteLine(promoted.ToString());
        Assert.NotEqual(0, promoted.ExitCode);
        Assert.Equal(new[] { "lab.upgrade.yaml(13,10): error UG5001" }, promoted.Diagnostics.Select(l => l.Located));

        // The rule listed in WarningsAsErrors, or every warning with MSBuild's own switch.
        var listed = Dotnet.Build(project, "minimal", "-p:DiscoverEditorConfigFiles=false", "-p:WarningsAsErrors=UG5001");
        Assert.NotEqual(0, listed.ExitCode);
        Assert.Equal(new[] { "lab.upgrade.yaml(13,10): error UG5001" }, listed.Diagnostics.Select(l => l.Located));
        var exempted = Dotnet.Build(project, "minimal", "-p:DiscoverEditorConfigFiles=false", "-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=UG5001");
        Assert.True(exempted.ExitCode == 0, exempted.ToString());
        Assert.Equal(new[] { "lab.upgrade.yaml(13,10): warning UG5001" }, exempted.Diagnostics.Select(l => l.Located));
        var msbuildSwitch = Dotnet.Build(project, "minimal", "-p:DiscoverEditorConfigFiles=false", "-p:MSBuildTreatWarningsAsErrors=true");
        Assert.NotEqual(0, msbuildSwitch.ExitCode);
        Assert.Equal(new[] { "lab.upgrade.yaml(13,10): error UG5001" }, msbuildSwitch.Diagnostics.Select(l => l.Located));

        // A section that raises the rule instead.
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "[clusters/lab/*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");
        var raised = Dotnet.Build(project);
        _output.WriteLine(raised.ToString());
        Assert.NotEqual(0, raised.ExitCode);
        Assert.Equal(new[] { "lab.upgrade.yaml(13,10): error UG5001" }, raised.Diagnostics.Select(l => l.Located));
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_the_CSharp_build_on_the_analyzer_warning()
    {
        var folder = _package.CopySample("csharp-project", "csharp-twae-" + Guid.NewGuid().ToString("N")[..8]);
        var result = Dotnet.Build(Path.Combine(folder, "DeploymentTools.csproj"), "minimal", "-p:TreatWarningsAsErrors=true", "-p:NoWarn=UG3002");
        _output.WriteLine(result.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(new[] { "oslo.upgrade.yaml(23,7): error UG3004" }, result.Diagnostics.Select(l => l.Located));
    }

    [Theory]
    [InlineData("csharp-project", "DeploymentTools.csproj")]
    [InlineData("notargets-repo", "ClusterUpgrades.proj")]
    public void Configuration_entries_that_cannot_be_read_are_reported_at_their_line_by_the_analyzer_and_the_task(string sample, string projectFile)
    {
        var folder = _package.CopySample(sample, "config-" + Guid.NewGuid().ToString("N")[..8]);
        var editorConfig = Path.Combine(folder, ".editorconfig");
        var globalConfig = Path.Combine(folder, ".globalconfig");
        File.AppendAllText(editorConfig, "\n[*.upgrade.yaml]\ndotnet_diagnostic.UG4006.severity = eror\n");
        File.WriteAllText(globalConfig, "is_global = true\ndotnet_diagnostic.UG9999.severity = none\n");
        int line = File.ReadAllLines(editorConfig).Length;

        var result = Dotnet.Build(Path.Combine(folder, projectFile), "minimal");
        _output.WriteLine(result.ToString());

        var reported = result.Diagnostics.Where(l => l.Id == "UG0002").Select(l => (l.Path, l.Located)).Distinct().ToList();
        Assert.Equal(new[] { (editorConfig, $".editorconfig({line},1): warning UG0002"), (globalConfig, ".globalconfig(2,1): warning UG0002") },
            reported.OrderBy(r => r.Path, StringComparer.Ordinal));
        AssertNoToolFailure(result);
    }

    /// <summary>
    /// The sample clusters (with the go-live checklist, another tool's file named like a manifest) and a manifest with a
    /// misspelt kind, under a project of each kind: the build reports what <c>upgrade-guard check</c> of the folder
    /// reports. The checklist added by hand as an UpgradeManifest is then checked, once: UG1003.
    /// </summary>
    [Theory]
    [InlineData("Microsoft.NET.Sdk", "csproj")]
    [InlineData("Microsoft.Build.NoTargets/3.7.0", "proj")]
    public void The_build_discovers_the_files_check_discovers(string sdk, string extension)
    {
        var folder = _package.NewFolder($"discovery-{extension}-" + Guid.NewGuid().ToString("N")[..8]);
        var clusters = Path.Combine(RepositoryPaths.Samples, "clusters");
        foreach (var file in Directory.EnumerateFiles(clusters, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, "clusters", Path.GetRelativePath(clusters, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var typo = Path.Combine(folder, "clusters", "staging", "typo.upgrade.yaml");
        File.WriteAllText(typo, File.ReadAllText(Path.Combine(folder, "clusters", "lab", "lab.upgrade.yaml")).Replace("kind: UpgradePlan", "kind: UpgradePlna"));
        var project = WriteProject(folder, "Clusters." + extension, sdk, "<TargetFramework>net10.0</TargetFramework>");

        var found = Dotnet.Build(project, "normal");
        _output.WriteLine(found.ToString());

        var expected = CliFindings.Check(folder);
        Assert.Contains(expected, f => f.Path == typo && f.Id == "UG1003");
        // Info findings are messages in a build log, not diagnostics: the errors and warnings are compared.
        Assert.Equal(
            expected.Where(f => f.Severity != "info").Select(f => (f.Path, f.Line, f.Column, f.Severity, f.Id, f.Message)).OrderBy(f => f.ToString(), StringComparer.Ordinal),
            found.Diagnostics.Select(l => (l.Path, l.Line, l.Column, l.Severity, l.Id, l.Message)).OrderBy(f => f.ToString(), StringComparer.Ordinal));
        Assert.DoesNotContain(found.Diagnostics, l => l.Path.EndsWith("go-live-checklist.upgrade.yaml", StringComparison.Ordinal));
        AssertNoToolFailure(found);

        // Named by hand, the checklist is always checked; the glob's copy of the same file goes, so it is reported once.
        WriteProject(folder, "Clusters." + extension, sdk, "<TargetFramework>net10.0</TargetFramework>",
            """<ItemGroup><UpgradeManifest Include="clusters/staging/go-live-checklist.upgrade.yaml" /></ItemGroup>""");
        var named = Dotnet.Build(project, "normal");
        _output.WriteLine(named.ToString());

        var checklist = Path.Combine(folder, "clusters", "staging", "go-live-checklist.upgrade.yaml");
        Assert.Equal(new[] { "go-live-checklist.upgrade.yaml(4,7): error UG1003" }, named.Diagnostics.Where(l => l.Path == checklist).Select(l => l.Located));
        AssertNoToolFailure(named);
    }

    /// <summary>
    /// The analyzer learns what each additional file is from the package's list file. Paths that an .editorconfig value
    /// or section name would mangle (a '#', spaces, accents, a folder above the project reached through "..") reach it
    /// intact: a manifest found by the glob in such a folder and one named by hand outside the project are both checked.
    /// </summary>
    [Fact]
    public void The_analyzer_checks_manifests_at_paths_an_editorconfig_would_mangle()
    {
        var root = _package.NewFolder("paths-" + Guid.NewGuid().ToString("N")[..8]);
        var folder = Path.Combine(root, "C# tools, été");
        var typoText = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "clusters", "lab", "lab.upgrade.yaml")).Replace("kind: UpgradePlan", "kind: UpgradePlna");
        var found = Path.Combine(folder, "clusters", "a #1; b", "typo.upgrade.yaml");
        var shared = Path.Combine(root, "shared", "typo.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(found)!);
        Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
        File.WriteAllText(found, typoText);
        File.WriteAllText(shared, typoText);
        var project = WriteProject(folder, "Tools.csproj", "Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework>",
            """<ItemGroup><UpgradeManifest Include="../shared/typo.yaml" /></ItemGroup>""");

        var result = Dotnet.Build(project, "normal");
        _output.WriteLine(result.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(result.TaskRan, "the analyzer reports in a C# project");
        Assert.Equal(
            new[] { (Path.GetFullPath(shared), "UG1003"), (found, "UG1003") }.OrderBy(f => f.Item1, StringComparer.Ordinal),
            result.Diagnostics.Select(l => (Path.GetFullPath(l.Path), l.Id)).OrderBy(f => f.Item1, StringComparer.Ordinal));
        AssertNoToolFailure(result);
    }

    /// <summary>
    /// A build's list gives each manifest's modification time, so the build server can skip reading unchanged ones; an
    /// editor's design-time build writes a list of its own without times (the IDE reads each file as edited) and leaves
    /// the build's list alone, so neither makes the other's compilation out of date.
    /// </summary>
    [Fact]
    public void A_build_lists_modification_times_and_a_design_time_build_writes_its_own_list_without_them()
    {
        var folder = _package.NewFolder("stamps-" + Guid.NewGuid().ToString("N")[..8]);
        var manifest = Path.Combine(folder, "clusters", "lab.upgrade.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(manifest)!);
        File.Copy(Path.Combine(RepositoryPaths.Samples, "clusters", "lab", "lab.upgrade.yaml"), manifest);
        var project = WriteProject(folder, "Tools.csproj", "Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework>");

        var build = Dotnet.Build(project, "normal");
        _output.WriteLine(build.ToString());
        var obj = Path.Combine(folder, "obj", "Debug", "net10.0");
        var list = Path.Combine(obj, "Tools.csproj.UpgradeGuard.files");
        // (The tests' Directory.Build.props adds the fixture catalog: a "catalog:" line, with no time.)
        var line = Assert.Single(File.ReadAllLines(list), l => l.StartsWith("discovered-manifest", StringComparison.Ordinal));
        Assert.Matches(@"^discovered-manifest@\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{7}@:", line);
        Assert.EndsWith("@:" + manifest, line, StringComparison.Ordinal);
        var written = File.GetLastWriteTimeUtc(list);

        var design = Dotnet.Build(project, "normal", "-t:Compile", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true");
        _output.WriteLine(design.ToString());
        Assert.Equal(new[] { "discovered-manifest:" + manifest },
            File.ReadAllLines(Path.Combine(obj, "Tools.csproj.UpgradeGuard.design.files")).Where(l => l.Contains("manifest", StringComparison.Ordinal)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(list));
        AssertNoToolFailure(build);

        // The manifests are additional files of the evaluated project, marked for anyone who asks MSBuild.
        var items = Dotnet.Command("msbuild", project, "minimal", "-getItem:AdditionalFiles");
        Assert.Contains("\"UpgradeGuardManifest\": \"true\"", items.Log, StringComparison.Ordinal);
        Assert.Contains(manifest.Replace("\\", "\\\\"), items.Log, StringComparison.Ordinal);
    }

    internal static string SampleManifests => Path.Combine(RepositoryPaths.Root, "samples", "notargets-repo", "clusters");

    internal static string WriteProject(string folder, string fileName, string sdk, string frameworks, string extra = "")
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                {frameworks}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="UpgradeGuard" Version="$(UpgradeGuardVersion)" PrivateAssets="all" />
              </ItemGroup>
              {extra}
            </Project>
            """);
        return path;
    }

    internal static void AssertNoToolFailure(BuildResult result)
    {
        foreach (var code in new[] { "AD0001", "MSB4018", "MSB4062", "MSB4036", "MSB4181", "CS8032" })
        {
            Assert.DoesNotContain(code, result.Log, StringComparison.Ordinal);
        }
    }
}
