using System;
using System.Globalization;
using System.IO;
using System.Linq;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// Checkstyle XML (<c>&lt;checkstyle version="4.3"&gt;&lt;file name&gt;&lt;error line column severity message source/&gt;</c>),
/// as Jenkins warnings-ng, reviewdog and Danger read it: one <c>file</c> per manifest checked (repository-relative),
/// severities error, warning and info, and the rule id as <c>source</c>.
/// </summary>
public sealed class CheckstyleFormatter : IReportFormatter
{
    public const string Version = "4.3";
    private readonly string _repositoryRoot;

    public CheckstyleFormatter(string repositoryRoot) => _repositoryRoot = repositoryRoot;

    public void Write(CheckReport report, TextWriter writer)
    {
        var byFile = report.Diagnostics.ToLookup(d => d.FilePath);
        var files = report.CheckedFiles.Concat(report.Diagnostics.Select(d => d.FilePath)).Distinct().OrderBy(p => p, StringComparer.Ordinal);

        writer.WriteLine(XmlReports.Declaration);
        using (var xml = XmlReports.Create(writer))
        {
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", Version);
            foreach (var displayPath in files)
            {
                xml.WriteStartElement("file");
                xml.WriteAttributeString("name", XmlReports.Clean(ReportPaths.RepositoryRelative(report, displayPath, _repositoryRoot)));
                foreach (var diagnostic in byFile[displayPath])
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("line", diagnostic.Span.StartLine.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("column", diagnostic.Span.StartColumn.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("severity", diagnostic.Severity.ToDisplay());
                    xml.WriteAttributeString("message", XmlReports.Clean($"{diagnostic.Message} ({diagnostic.Id})"));
                    xml.WriteAttributeString("source", "upgrade-guard." + diagnostic.Id);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        writer.WriteLine();
    }
}
