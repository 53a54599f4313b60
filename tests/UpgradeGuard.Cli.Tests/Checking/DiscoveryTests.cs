using System;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class DiscoveryTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_folder_is_searched_for_manifests_skipping_non_manifests_and_build_folders()
    {
        _workspace.Write("infra/prod/prod.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("infra/lab/lab.upgrade.yml", Manifests.WarningOnly);
        _workspace.Write("infra/prod/inventory.yaml", "all:\n  hosts: [a, b]\n");
        _workspace.Write("infra/prod/checklist.upgrade.yaml", Manifests.Checklist);
        _workspace.Write("infra/bin/Debug/copy.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("infra/obj/copy.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("infra/node_modules/x/copy.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("infra/.git/copy.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("infra/.github/ci.upgrade.yaml", Manifests.Clean);

        var run = _workspace.Run("check", "infra");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(
            new[]
            {
                "infra/lab/lab.upgrade.yml(6,1): warning UG5003: ",
                "infra/prod/prod.upgrade.yaml(15,18): error UG4006: ",
            },
            run.OutputLines.SkipLast(1).Select(line => line[..(line.IndexOf("UG", StringComparison.Ordinal) + 8)]));
        // lab, prod and .github/ci: the checklist and the copies under bin/obj/node_modules/.git are not counted.
        Assert.Equal("1 error, 1 warning, 0 info in 3 files checked", run.OutputLines[^1]);
    }

    [Fact]
    public void Linked_folders_are_not_followed()
    {
        _workspace.Write("infra/prod/prod.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("elsewhere/other.upgrade.yaml", Manifests.RebootOnTimeout);
        System.IO.Directory.CreateSymbolicLink(System.IO.Path.Combine(_workspace.Root, "infra", "linked"), System.IO.Path.Combine(_workspace.Root, "elsewhere"));
        System.IO.Directory.CreateSymbolicLink(System.IO.Path.Combine(_workspace.Root, "infra", "prod", "loop"), System.IO.Path.Combine(_workspace.Root, "infra"));

        var run = _workspace.Run("check", "infra");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal("1 error, 0 warnings, 0 info in 1 file checked", run.OutputLines[^1]);
    }

    [Fact]
    public void The_default_path_is_the_current_folder()
    {
        _workspace.Write("clusters/a/a.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.RunIn("clusters", terminal: false, "check");
        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.StartsWith("a/a.upgrade.yaml(15,18): error UG4006", run.OutputLines[0]);
    }

    [Fact]
    public void Paths_outside_the_current_folder_are_shown_as_given()
    {
        _workspace.Write("elsewhere/x.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("here/.keep", "");
        var run = _workspace.RunIn("here", terminal: false, "check", "../elsewhere");
        Assert.StartsWith("../elsewhere/x.upgrade.yaml(15,18): error UG4006", run.OutputLines[0]);
    }

    [Fact]
    public void A_file_named_and_found_in_a_folder_is_checked_once()
    {
        _workspace.Write("c/a.upgrade.yaml", Manifests.RebootOnTimeout);
        var run = _workspace.Run("check", "c", "c/a.upgrade.yaml", "./c/a.upgrade.yaml");
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Equal("1 error, 0 warnings, 0 info in 1 file checked", run.OutputLines[^1]);
    }

    [Fact]
    public void A_folder_without_manifests_is_fine()
    {
        _workspace.Write("empty/readme.md", "nothing here");
        var run = _workspace.Run("check", "empty");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 0 files checked", Assert.Single(run.OutputLines));
    }
}
