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
    public void A_misspelt_kind_in_a_folder_is_UG1003_not_a_silent_skip()
    {
        _workspace.Write("infra/staging.upgrade.yaml", Manifests.Clean.Replace("kind: UpgradePlan", "kind: UpgradePlna"));
        _workspace.Write("infra/checklist.upgrade.yaml", Manifests.Checklist);

        var run = _workspace.Run("check", "infra");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(
            new[]
            {
                "infra/staging.upgrade.yaml(2,7): error UG1003: kind 'UpgradePlna' is not 'UpgradePlan': this file is not an upgrade manifest",
                "1 error, 0 warnings, 0 info in 1 file checked",
            },
            run.OutputLines);
    }

    [Fact]
    public void A_folder_with_no_manifest_file_exits_2_and_names_it()
    {
        _workspace.Write("empty/readme.md", "nothing here");

        var run = _workspace.Run("check", "empty");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("0 errors, 0 warnings, 0 info in 0 files checked", Assert.Single(run.OutputLines));
        Assert.Equal(
            "upgrade-guard: error: 'empty' holds no upgrade manifest (no *.upgrade.yaml or *.upgrade.yml file in it); check the path, or pass --allow-empty",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_folder_holding_only_other_tools_files_exits_2_and_says_what_was_skipped()
    {
        _workspace.Write("lists/checklist.upgrade.yaml", Manifests.Checklist);

        var run = _workspace.Run("check", "lists");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal(
            "upgrade-guard: error: 'lists' holds no upgrade manifest ('lists/checklist.upgrade.yaml' was skipped: it has neither an apiVersion starting with 'upgradeguard/' nor kind 'UpgradePlan'); check the path, or pass --allow-empty",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void The_current_folder_with_no_manifest_exits_2()
    {
        _workspace.Write("here/readme.md", "nothing here");
        var run = _workspace.RunIn("here", terminal: false, "check");
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.StartsWith("upgrade-guard: error: '.' holds no upgrade manifest", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Allow_empty_makes_a_folder_with_no_manifest_exit_0()
    {
        _workspace.Write("empty/readme.md", "nothing here");
        _workspace.Write("lists/checklist.upgrade.yaml", Manifests.Checklist);

        var run = _workspace.Run("check", "--allow-empty", "empty", "lists");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Equal("0 errors, 0 warnings, 0 info in 0 files checked", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Each_folder_given_must_hold_a_manifest_and_the_others_are_still_reported()
    {
        _workspace.Write("good/a.upgrade.yaml", Manifests.RebootOnTimeout);
        _workspace.Write("wrong/readme.md", "nothing here");

        var run = _workspace.Run("check", "good", "wrong");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.StartsWith("good/a.upgrade.yaml(15,18): error UG4006", run.OutputLines[0]);
        Assert.StartsWith("upgrade-guard: error: 'wrong' holds no upgrade manifest", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Two_skipped_files_are_counted_in_the_message()
    {
        _workspace.Write("lists/a.upgrade.yaml", Manifests.Checklist);
        _workspace.Write("lists/b.upgrade.yml", Manifests.Checklist);

        var run = _workspace.Run("check", "lists");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal(
            "upgrade-guard: error: 'lists' holds no upgrade manifest (its 2 files named like manifests were skipped ('lists/a.upgrade.yaml', ...): none has an apiVersion starting with 'upgradeguard/' or kind 'UpgradePlan'); check the path, or pass --allow-empty",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_named_file_needs_no_folder_around_it()
    {
        _workspace.Write("c/a.upgrade.yaml", Manifests.RebootOnTimeout);

        var named = _workspace.Run("check", "c/a.upgrade.yaml");

        Assert.True(named.ExitCode == ExitCodes.ErrorsFound, named.ToString());
        Assert.Equal("", named.Error);
    }

    [SkippableFact]
    public void A_FIFO_in_a_folder_is_skipped_and_the_manifests_are_checked()
    {
        _workspace.Write("infra/prod.upgrade.yaml", Manifests.RebootOnTimeout);
        var fifo = System.IO.Path.Combine(_workspace.Root, "infra", "pipe.upgrade.yaml");
        Fifo.Create(fifo);

        var check = Fifo.Guard(() => _workspace.Run("check", "infra"), fifo);
        var fix = Fifo.Guard(() => _workspace.Run("fix", "infra"), fifo);

        Assert.True(check.ExitCode == ExitCodes.ErrorsFound, check.ToString());
        Assert.Equal("1 error, 0 warnings, 0 info in 1 file checked", check.OutputLines[^1]);
        Assert.Equal("", check.Error);
        Assert.True(fix.ExitCode == ExitCodes.Success, fix.ToString());
    }

    [SkippableFact]
    public void A_folder_holding_only_a_FIFO_holds_no_manifest()
    {
        var fifo = System.IO.Path.Combine(_workspace.Root, "pipes", "pipe.upgrade.yaml");
        Fifo.Create(fifo);

        var run = Fifo.Guard(() => _workspace.Run("check", "pipes"), fifo);

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.StartsWith("upgrade-guard: error: 'pipes' holds no upgrade manifest (no *.upgrade.yaml", Assert.Single(run.ErrorLines));
    }

    [SkippableTheory]
    [InlineData("check")]
    [InlineData("fix")]
    [InlineData("plan")]
    public void A_named_FIFO_exits_2_with_a_clear_message(string command)
    {
        var fifo = System.IO.Path.Combine(_workspace.Root, "x.upgrade.yaml");
        Fifo.Create(fifo);

        var run = Fifo.Guard(() => _workspace.Run(command, "x.upgrade.yaml"), fifo);

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("upgrade-guard: error: cannot read 'x.upgrade.yaml': it is a named pipe (FIFO), not a regular file", Assert.Single(run.ErrorLines));
    }

    [SkippableFact]
    public void A_FIFO_given_as_a_baseline_exits_2_with_a_clear_message()
    {
        _workspace.Write("a.upgrade.yaml", Manifests.Clean);
        var fifo = System.IO.Path.Combine(_workspace.Root, "baseline.json");
        Fifo.Create(fifo);

        var run = Fifo.Guard(() => _workspace.Run("check", "--baseline", "baseline.json", "a.upgrade.yaml"), fifo);

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.StartsWith("upgrade-guard: error: cannot read baseline 'baseline.json': it is a named pipe (FIFO), not a regular file", Assert.Single(run.ErrorLines));
    }

    [SkippableFact]
    public void A_FIFO_given_as_a_catalog_exits_2_with_a_clear_message()
    {
        _workspace.Write("a.upgrade.yaml", Manifests.Clean);
        var fifo = System.IO.Path.Combine(_workspace.Root, "extra.catalog.yaml");
        Fifo.Create(fifo);

        var run = Fifo.Guard(() => _workspace.Run("check", "--catalog", "extra.catalog.yaml", "a.upgrade.yaml"), fifo);

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("upgrade-guard: error: cannot read catalog 'extra.catalog.yaml': it is a named pipe (FIFO), not a regular file", Assert.Single(run.ErrorLines));
    }
}
