using System.IO;
using System.Linq;
using System.Text;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// Azure Pipelines logging commands, so findings are annotations on the run and the pull request:
/// <c>##vso[task.logissue type=error;sourcepath=PATH;linenumber=L;columnnumber=C;code=UG2001]message</c>, info
/// findings as plain log lines (logissue has only error and warning), and <c>##vso[task.complete result=Failed]</c>
/// last when errors make the run fail. Escaping follows azure-pipelines-task-lib.
/// </summary>
public sealed class AzurePipelinesFormatter : IReportFormatter
{
    private readonly string _repositoryRoot;
    private readonly bool _errorsFailTheRun;

    /// <param name="errorsFailTheRun">False for a run that exits 0 whatever it finds (<c>--write-baseline</c>): no
    /// <c>task.complete result=Failed</c> then.</param>
    public AzurePipelinesFormatter(string repositoryRoot, bool errorsFailTheRun = true)
    {
        _repositoryRoot = repositoryRoot;
        _errorsFailTheRun = errorsFailTheRun;
    }

    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var path = ReportPaths.RepositoryRelative(report, diagnostic, _repositoryRoot);
            if (diagnostic.Severity is not (Severity.Error or Severity.Warning))
            {
                // A plain line. The agent acts on "##vso[" anywhere in a line, not only at its start, so a path or a quoted
                // value holding one is masked as the agent masks it itself ("**vso[").
                writer.WriteLine(MaskCommands(diagnostic.ToMsBuildString(path).Replace('\r', ' ').Replace('\n', ' ')));
                continue;
            }
            var line = new StringBuilder("##vso[task.logissue type=")
                .Append(diagnostic.Severity == Severity.Error ? "error" : "warning")
                .Append(";sourcepath=").Append(EscapeProperty(path))
                .Append(";linenumber=").Append(diagnostic.Span.StartLine)
                .Append(";columnnumber=").Append(diagnostic.Span.StartColumn)
                .Append(";code=").Append(EscapeProperty(diagnostic.Id))
                .Append(']').Append(EscapeData(diagnostic.Message));
            writer.WriteLine(line.ToString());
        }
        int errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0 && _errorsFailTheRun)
        {
            writer.WriteLine("##vso[task.complete result=Failed]" + EscapeData(TextFormatter.Summary(report)));
        }
    }

    /// <summary>
    /// <paramref name="line"/> with every <c>##vso[</c> turned into <c>**vso[</c>: the agent reads a logging command
    /// wherever the prefix appears in a line, so text that is not a command of ours must not hold one.
    /// </summary>
    public static string MaskCommands(string line) => line.Replace("##vso[", "**vso[");

    /// <summary>A command's message, as azure-pipelines-task-lib escapes it.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%AZP25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A command property value, as azure-pipelines-task-lib escapes it.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace("]", "%5D").Replace(";", "%3B");
}
