using System.IO;
using System.Text;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=UG2001::message</c>.
/// The file is repository-relative (annotations are placed by repository path), else the display path.
/// One finding is one line: the message's control characters are escaped (the engine already does; this is the second
/// line of defence), and the toolkit's escaping keeps the file name, which may hold a line break, on the line.
/// </summary>
public sealed class GitHubFormatter : IReportFormatter
{
    private readonly string _repositoryRoot;

    public GitHubFormatter(string repositoryRoot) => _repositoryRoot = repositoryRoot;

    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var path = report.FilesByDisplayPath.TryGetValue(diagnostic.FilePath, out var file)
                ? DisplayPaths.RelativeTo(_repositoryRoot, file.FullPath) ?? diagnostic.FilePath
                : diagnostic.FilePath;
            var region = new EmittedRegion(diagnostic.Span);
            var line = new StringBuilder("::")
                .Append(Command(diagnostic.Severity))
                .Append(" file=").Append(EscapeProperty(path))
                .Append(",line=").Append(region.StartLine)
                .Append(",col=").Append(region.StartColumn)
                .Append(",endLine=").Append(region.EndLine)
                .Append(",endColumn=").Append(region.EndColumn)
                .Append(",title=").Append(EscapeProperty(diagnostic.Id))
                .Append("::").Append(EscapeData(ControlCharacters.Escape(diagnostic.Message)));
            writer.WriteLine(line.ToString());
        }
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a command's message, as the Actions toolkit does.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escapes a command property value, as the Actions toolkit does.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
