using System;
using System.IO;
using System.Linq;
using System.Text;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Fixing;

public sealed class FixCommandTests : IDisposable
{
    /// <summary>UG4001 at the 5.6.0 step (line 15): the fix inserts <c>- snapshot: all</c> before it.</summary>
    private const string MissingSnapshot = """
        # Brussels cluster
        apiVersion: upgradeguard/v1
        kind: UpgradePlan
        cluster:
          nodes: 1
          version: 5.4.4
        schedule:
          start: 2026-12-05T22:00
          timeZone: Europe/Brussels
        upgrade:
          to: 5.6.0
          steps:
            - snapshot: all
            - upgrade: 5.5.1
            - upgrade: 5.6.0   # the latest

        """;

    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Without_write_it_prints_a_unified_diff_writes_nothing_and_exits_1()
    {
        _workspace.Write("clusters/brussels.upgrade.yaml", MissingSnapshot);

        var run = _workspace.Run("fix", "clusters");

        Assert.True(run.ExitCode == ExitCodes.FixesPending, run.ToString());
        Assert.Equal("""
            --- a/clusters/brussels.upgrade.yaml
            +++ b/clusters/brussels.upgrade.yaml
            @@ -12,4 +12,5 @@
               steps:
                 - snapshot: all
                 - upgrade: 5.5.1
            +    - snapshot: all
                 - upgrade: 5.6.0   # the latest

            """, run.Output);
        Assert.Equal("", run.Error);
        Assert.Equal(MissingSnapshot, _workspace.Read("clusters/brussels.upgrade.yaml"));
    }

    [Fact]
    public void Write_writes_the_fixed_file_says_so_and_exits_0_then_there_is_nothing_left()
    {
        _workspace.Write("brussels.upgrade.yaml", MissingSnapshot);

        var run = _workspace.Run("fix", "--write", "brussels.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("brussels.upgrade.yaml: 1 fix applied (UG4001)\n", run.Output);
        Assert.Equal(MissingSnapshot.Replace("    - upgrade: 5.6.0", "    - snapshot: all\n    - upgrade: 5.6.0"), _workspace.Read("brussels.upgrade.yaml"));
        var again = _workspace.Run("fix", "brussels.upgrade.yaml");
        Assert.True(again.ExitCode == ExitCodes.Success, again.ToString());
        Assert.Equal("", again.Output);
        Assert.True(_workspace.Run("check", "brussels.upgrade.yaml").ExitCode == ExitCodes.Success);
    }

    [Fact]
    public void Write_keeps_the_bom_and_crlf_line_breaks()
    {
        var path = Path.Combine(_workspace.Root, "crlf.upgrade.yaml");
        var crlf = MissingSnapshot.Replace("\n", "\r\n");
        File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(crlf)).ToArray());

        var run = _workspace.Run("fix", "--write", "crlf.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var expected = MissingSnapshot.Replace("    - upgrade: 5.6.0", "    - snapshot: all\n    - upgrade: 5.6.0").Replace("\n", "\r\n");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(expected)), File.ReadAllBytes(path));
    }

    [Fact]
    public void The_diff_of_a_crlf_file_keeps_the_carriage_returns_so_it_applies_to_the_file()
    {
        _workspace.Write("crlf.upgrade.yaml", MissingSnapshot.Replace("\n", "\r\n"));

        var run = _workspace.Run("fix", "crlf.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.FixesPending, run.ToString());
        Assert.Contains("\n+    - snapshot: all\r\n     - upgrade: 5.6.0   # the latest\r\n", run.Output);
        Assert.StartsWith("--- a/crlf.upgrade.yaml\n+++ b/crlf.upgrade.yaml\n@@ -12,4 +12,5 @@\n", run.Output);
    }

    [Fact]
    public void A_file_that_does_not_parse_is_left_untouched_with_its_position_on_stderr_and_exit_2()
    {
        const string broken = "apiVersion: upgradeguard/v1\nkind: UpgradePlan\ncluster:\n  nodes: [1\n";
        _workspace.Write("broken.upgrade.yaml", broken);
        _workspace.Write("brussels.upgrade.yaml", MissingSnapshot);

        var run = _workspace.Run("fix", "--write", "broken.upgrade.yaml", "brussels.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.Matches(@"^broken\.upgrade\.yaml\(\d+,\d+\): error UG1001: .+; not fixed$", line);
        Assert.Equal(broken, _workspace.Read("broken.upgrade.yaml"));
        Assert.Equal("brussels.upgrade.yaml: 1 fix applied (UG4001)\n", run.Output);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_left_untouched_with_the_bad_byte_located()
    {
        var path = Path.Combine(_workspace.Root, "latin1.upgrade.yaml");
        var bytes = Encoding.ASCII.GetBytes("apiVersion: upgradeguard/v1\nkind: UpgradePlan\nmetadata:\n  name: caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        File.WriteAllBytes(path, bytes);

        var run = _workspace.Run("fix", "--write", "latin1.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.StartsWith("latin1.upgrade.yaml(4,12): error UG1001: ", Assert.Single(run.ErrorLines));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_named_file_that_is_not_a_plan_is_reported_and_one_found_in_a_folder_is_ignored()
    {
        _workspace.Write("lists/checklist.upgrade.yaml", Manifests.Checklist);

        var named = _workspace.Run("fix", "lists/checklist.upgrade.yaml");
        var found = _workspace.Run("fix", "--allow-empty", "lists");

        Assert.True(named.ExitCode == ExitCodes.BadInput, named.ToString());
        Assert.StartsWith("lists/checklist.upgrade.yaml(1,7): error UG1003: ", Assert.Single(named.ErrorLines));
        Assert.EndsWith("; not fixed", named.ErrorLines[0]);
        Assert.True(found.ExitCode == ExitCodes.Success, found.ToString());
        Assert.Equal("", found.Output + found.Error);
        Assert.Equal(Manifests.Checklist, _workspace.Read("lists/checklist.upgrade.yaml"));
    }

    [Fact]
    public void Findings_without_a_fix_are_left_to_check_and_exit_0()
    {
        _workspace.Write("reboot.upgrade.yaml", Manifests.RebootOnTimeout);

        var run = _workspace.Run("fix", "reboot.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Output + run.Error);
    }

    [Fact]
    public void A_rule_turned_off_in_editorconfig_is_not_fixed()
    {
        _workspace.Write(".editorconfig", "root = true\n[*.upgrade.yaml]\ndotnet_diagnostic.UG4001.severity = none\n");
        _workspace.Write("brussels.upgrade.yaml", MissingSnapshot);

        var run = _workspace.Run("fix", "brussels.upgrade.yaml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void The_catalog_option_adds_hops_the_fix_can_use()
    {
        _workspace.Write("to570.upgrade.yaml", NextRelease.Manifest().Replace("version: 5.6.0", "version: 5.5.1"));
        _workspace.Write("next.catalog.yaml", NextRelease.Catalog);

        var without = _workspace.Run("fix", "to570.upgrade.yaml");
        var with = _workspace.Run("fix", "--catalog", "next.catalog.yaml", "to570.upgrade.yaml");

        Assert.True(without.ExitCode == ExitCodes.Success, without.ToString());
        Assert.True(with.ExitCode == ExitCodes.FixesPending, with.ToString());
        Assert.Contains("\n+    - upgrade: 5.6.0\n+    - snapshot: all\n     - upgrade: 5.7.0\n", with.Output);
    }

    [Theory]
    [InlineData("fix", "missing.upgrade.yaml")]
    [InlineData("fix", "--catalog", "none.catalog.yaml")]
    [InlineData("fix", "--no-such-option")]
    public void Bad_arguments_and_missing_files_exit_2(params string[] args)
    {
        var run = _workspace.Run(args);

        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.NotEqual("", run.Error);
    }
}
