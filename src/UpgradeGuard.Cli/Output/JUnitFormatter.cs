using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// JUnit XML as Jenkins, Azure Pipelines (PublishTestResults) and GitLab (artifacts:reports:junit) read it: one
/// <c>testsuite</c> per manifest checked; each finding at error or warning level is a failed <c>testcase</c> named by
/// id and position, whose <c>failure</c> carries the message; a manifest without such findings is one passed
/// <c>testcase</c>. Info findings are not test results. Paths are repository-relative; no timestamps, so output is stable.
/// </summary>
public sealed class JUnitFormatter : IReportFormatter
{
    public const string PassedCaseName = "no errors or warnings";
    private readonly string _repositoryRoot;

    public JUnitFormatter(string repositoryRoot) => _repositoryRoot = repositoryRoot;

    public void Write(CheckReport report, TextWriter writer)
    {
        var failing = report.Diagnostics.Where(IsFailure).ToList();
        // Every checked manifest gets a suite, and so does any file that has a finding without being "checked".
        var files = report.CheckedFiles.Concat(failing.Select(d => d.FilePath)).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        var byFile = failing.ToLookup(d => d.FilePath);
        int tests = files.Sum(f => System.Math.Max(1, byFile[f].Count()));

        writer.WriteLine(XmlReports.Declaration);
        using (var xml = XmlReports.Create(writer))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "upgrade-guard");
            Counts(xml, tests, failing.Count);
            foreach (var displayPath in files)
            {
                var path = XmlReports.Clean(ReportPaths.RepositoryRelative(report, displayPath, _repositoryRoot));
                var findings = byFile[displayPath].ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", path);
                Counts(xml, System.Math.Max(1, findings.Count), findings.Count);
                if (findings.Count == 0)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", path);
                    xml.WriteAttributeString("name", PassedCaseName);
                    xml.WriteAttributeString("file", path);
                    xml.WriteAttributeString("time", "0");
                    xml.WriteEndElement();
                }
                foreach (var diagnostic in findings) WriteFailure(xml, diagnostic, path);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        writer.WriteLine();
    }

    private static bool IsFailure(Diagnostic diagnostic) => diagnostic.Severity is Severity.Error or Severity.Warning;

    private static void Counts(XmlWriter xml, int tests, int failures)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
    }

    private static void WriteFailure(XmlWriter xml, Diagnostic diagnostic, string path)
    {
        var span = diagnostic.Span;
        var message = XmlReports.Clean(diagnostic.Message);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", path);
        xml.WriteAttributeString("name", $"{diagnostic.Id} at line {span.StartLine}, column {span.StartColumn}");
        xml.WriteAttributeString("file", path);
        xml.WriteAttributeString("line", span.StartLine.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", "0");
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", $"{diagnostic.Id}: {message}");
        xml.WriteAttributeString("type", diagnostic.Id);
        xml.WriteString($"{path}({span.StartLine},{span.StartColumn}): {diagnostic.Severity.ToDisplay()} {diagnostic.Id}: {message}\n{diagnostic.Rule.Title}: {diagnostic.Rule.HelpUri}");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
