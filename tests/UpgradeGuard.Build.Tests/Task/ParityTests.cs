using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UpgradeGuard.Build.Tests.Infrastructure;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>
/// For every manifest of the engine's corpus, the task logs exactly what <c>upgrade-guard check --format json</c> reports:
/// ids, severities, positions and messages. The command line finds .editorconfig files by walking up from the file; the
/// task reads only the configuration files it is handed, so it is handed the same ones.
/// </summary>
public sealed class ParityTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryPaths.CorpusFiles()) data.Add(file);
        return data;
    }

    [Fact]
    public void The_corpus_is_there()
    {
        var files = ((IEnumerable<object[]>)CorpusFiles()).Select(row => (string)row[0]).ToList();
        Assert.True(files.Count >= 80, "the engine's testdata corpus was not found");
        Assert.Contains(files, f => f.StartsWith("ok/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("err/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Task_logs_what_the_command_line_reports(string relativePath)
    {
        var fullPath = Path.GetFullPath(Path.Combine(RepositoryPaths.TestData, relativePath));
        var fromCli = CliCheck.Findings(fullPath);

        var run = TaskHarness.Run(new[] { fullPath }, configurationFiles: CliCheck.ConfigurationFilesAbove(fullPath));

        Assert.Equal(fromCli, run.Logged.Select(l => l.Finding).ToList());
        Assert.All(run.Logged, l => Assert.Equal(fullPath, l.File));
        Assert.Equal(fromCli.Count(f => f.Contains(" error ", StringComparison.Ordinal)), run.Task.ErrorCount);
        Assert.Equal(fromCli.Count(f => f.Contains(" warning ", StringComparison.Ordinal)), run.Task.WarningCount);
        Assert.Equal(run.Task.ErrorCount == 0, run.Result);
        if (relativePath.StartsWith("ok/", StringComparison.Ordinal)) Assert.Equal(0, run.Task.ErrorCount);
    }

    [Fact]
    public void One_run_over_the_whole_corpus_logs_what_the_command_line_reports_for_each_file()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.TestData, "*.upgrade.yaml", SearchOption.AllDirectories).Select(Path.GetFullPath).ToList();
        var configurationFiles = files.SelectMany(CliCheck.ConfigurationFilesAbove).Distinct().ToList();

        var run = TaskHarness.Run(files, configurationFiles: configurationFiles);

        Assert.Equal(files.Count, run.Task.ManifestCount);
        var expected = files.OrderBy(f => f, StringComparer.Ordinal).SelectMany(f => CliCheck.Findings(f).Select(finding => $"{f}: {finding}")).ToList();
        Assert.Equal(expected, run.Logged.Select(l => l.ToString()).ToList());
    }
}
