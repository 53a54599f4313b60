using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Reporting;

/// <summary>
/// A span as machine formats (json, sarif, github, the MSBuild task) emit it: 1-based, end exclusive, and at least one character wide
/// (an empty span such as "end of file" ends one column after it starts), as SARIF consumers expect.
/// </summary>
public readonly struct EmittedRegion
{
    public EmittedRegion(SourceSpan span)
    {
        StartLine = span.StartLine;
        StartColumn = span.StartColumn;
        bool empty = span.EndLine < span.StartLine || (span.EndLine == span.StartLine && span.EndColumn <= span.StartColumn);
        EndLine = empty ? span.StartLine : span.EndLine;
        EndColumn = empty ? span.StartColumn + 1 : span.EndColumn;
    }

    public int StartLine { get; }
    public int StartColumn { get; }
    public int EndLine { get; }
    public int EndColumn { get; }
}
