using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Editing;

/// <summary>What an editor shows over a node: Markdown, and the node it is about.</summary>
public sealed class HoverInfo
{
    public HoverInfo(string markdown, SourceSpan span)
    {
        Markdown = markdown;
        Span = span;
    }

    public string Markdown { get; }
    public SourceSpan Span { get; }
}
