using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Manifests;

/// <summary>
/// An unknown key (UG1002) and the known key the reader suggests for it. Kept only when the value fits the suggested
/// key and renaming it would not repeat a key of the same mapping (even with the other renames), so a rename is
/// always safe to offer, one at a time or all together.
/// </summary>
public sealed class SuggestedKey
{
    public SuggestedKey(SourceSpan span, string written, string suggested)
    {
        Span = span;
        Written = written;
        Suggested = suggested;
    }

    /// <summary>The unknown key as it stands in the file (quotes included): where UG1002 points.</summary>
    public SourceSpan Span { get; }
    public string Written { get; }
    public string Suggested { get; }
}
