using System.IO;
using UpgradeGuard.Cli.Checking;

namespace UpgradeGuard.Cli.Output;

/// <summary>Writes a check report in one output format.</summary>
public interface IReportFormatter
{
    void Write(CheckReport report, TextWriter writer);
}
