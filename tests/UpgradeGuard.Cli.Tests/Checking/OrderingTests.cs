using System;
using System.Linq;
using UpgradeGuard.Cli.Tests.Infrastructure;

namespace UpgradeGuard.Cli.Tests.Checking;

public sealed class OrderingTests : IDisposable
{
    private readonly TestWorkspace _workspace = new TestWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Diagnostics_are_sorted_by_path_line_column_and_id_whatever_the_parallel_order()
    {
        for (int i = 0; i < 24; i++)
        {
            _workspace.Write($"{(char)('z' - i)}/{i:D2}.upgrade.yaml", i % 2 == 0 ? Manifests.RebootOnTimeout : NextRelease.Manifest());
        }
        _workspace.Write("B.upgrade.yaml", Manifests.WarningOnly);

        var first = _workspace.Run("check", "--format", "github");
        for (int attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(first.Output, _workspace.Run("check", "--format", "github").Output);
        }

        var keys = first.OutputLines.Select(ParseKey).ToList();
        var sorted = keys.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column).ThenBy(k => k.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, keys);
        Assert.Equal("B.upgrade.yaml", keys[0].File);
        Assert.Equal(1 + 12 + 24, keys.Count);
    }

    private static (string File, int Line, int Column, string Id) ParseKey(string githubLine)
    {
        var properties = githubLine[(githubLine.IndexOf(' ') + 1)..githubLine.IndexOf("::", 2, StringComparison.Ordinal)]
            .Split(',')
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
        return (properties["file"], int.Parse(properties["line"]), int.Parse(properties["col"]), properties["title"]);
    }
}
