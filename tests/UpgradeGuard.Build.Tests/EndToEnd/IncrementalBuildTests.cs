using System;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace UpgradeGuard.Build.Tests.EndToEnd;

/// <summary>
/// The task's target is incremental: a build with no change skips it; a changed, added or removed manifest, a changed
/// configuration file or a changed switch runs it; a failed check leaves no stamp; `dotnet clean` removes the stamp;
/// design-time builds skip it. One sequence of real builds of one NoTargets project.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class IncrementalBuildTests
{
    private readonly PackedPackage _package;
    private readonly ITestOutputHelper _output;

    public IncrementalBuildTests(PackedPackage package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void The_check_runs_only_when_what_it_reads_changed()
    {
        var folder = _package.NewFolder("incremental-" + Guid.NewGuid().ToString("N")[..8]);
        var clusters = Path.Combine(folder, "clusters");
        Directory.CreateDirectory(clusters);
        var dublin = Path.Combine(clusters, "dublin.upgrade.yaml");
        File.Copy(Path.Combine(BuildEndToEndTests.SampleManifests, "dublin.upgrade.yaml"), dublin);
        var project = BuildEndToEndTests.WriteProject(folder, "Infra.proj", "Microsoft.Build.NoTargets/3.7.0", "<TargetFramework>net10.0</TargetFramework>");
        var stamp = Path.Combine(folder, "obj", "Debug", "net10.0", "Infra.proj.UpgradeGuard.stamp");

        Ran(project, "first build");
        Assert.True(File.Exists(stamp), "a passing check leaves a stamp");
        Skipped(project, "no change");

        Touch(dublin);
        Ran(project, "a manifest changed");
        Skipped(project, "no change after the manifest change");

        var added = Path.Combine(clusters, "madrid.upgrade.yaml");
        File.Copy(dublin, added);
        Ran(project, "a manifest added");

        File.Delete(added);
        Ran(project, "a manifest removed (no file time changes)");
        Skipped(project, "no change after the removal");

        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = warning\n");
        Ran(project, "a configuration file added");

        var switched = Dotnet.Build(project, "normal", "-p:TreatWarningsAsErrors=true");
        Assert.True(switched.TaskRan, "a changed switch runs the check\n" + switched);

        // A failing manifest: the build fails, leaves no stamp, and the next build checks again.
        File.Copy(Path.Combine(BuildEndToEndTests.SampleManifests, "amsterdam.upgrade.yaml"), added);
        var failed = Dotnet.Build(project, "normal");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.True(failed.TaskRan, failed.ToString());
        Assert.False(File.Exists(stamp), "a failed check leaves no stamp");
        var again = Dotnet.Build(project, "normal");
        Assert.True(again.TaskRan && again.ExitCode != 0, "the failed check runs again\n" + again);
        Assert.Equal(failed.Diagnostics.Select(d => d.Located), again.Diagnostics.Select(d => d.Located));
        // Neither manifest changed since the failed check: both findings come from the task's cache under obj/.
        Assert.Contains("2 unchanged since the last check (findings from Infra.proj.UpgradeGuard.cache)", again.Log, StringComparison.Ordinal);

        File.Delete(added);
        Ran(project, "the failing manifest removed");
        Assert.True(File.Exists(stamp));

        // A design-time build (the IDE) never runs the check, even when asked for the target.
        Touch(dublin);
        var designTime = Dotnet.Command("msbuild", project, "normal", "-t:ValidateUpgradeManifests", "-p:DesignTimeBuild=true");
        Assert.True(designTime.ExitCode == 0 && !designTime.TaskRan, designTime.ToString());

        var clean = Dotnet.Command("clean", project, "minimal");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(stamp), "dotnet clean removes the stamp");
        Ran(project, "after clean");
    }

    private void Ran(string project, string because)
    {
        var result = Dotnet.Build(project, "normal");
        _output.WriteLine($"--- {because}: exit {result.ExitCode}, task ran: {result.TaskRan}");
        Assert.True(result.ExitCode == 0, because + "\n" + result);
        Assert.True(result.TaskRan, $"the check should run: {because}\n{result}");
    }

    private void Skipped(string project, string because)
    {
        var result = Dotnet.Build(project, "normal");
        _output.WriteLine($"--- {because}: exit {result.ExitCode}, task ran: {result.TaskRan}");
        Assert.True(result.ExitCode == 0, because + "\n" + result);
        Assert.False(result.TaskRan, $"the check should be skipped: {because}\n{result}");
        Assert.Contains("Skipping target \"ValidateUpgradeManifests\" because all output files are up-to-date", result.Log, StringComparison.Ordinal);
    }

    private static void Touch(string path) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
}
