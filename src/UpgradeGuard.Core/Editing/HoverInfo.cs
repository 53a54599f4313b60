using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Editing;

/// <summary>What an editor shows over a node: Markdown, and the node it is about.</summary>
public sealed record HoverInfo(string Markdown, SourceSpan Span);
