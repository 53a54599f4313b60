using System.Collections.Generic;
using System.Text;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Reporting;

/// <summary>Computes each finding's <see cref="FindingIdentity"/> from the engine's tree and text.</summary>
public static class FindingIdentities
{
    /// <summary>
    /// The identities of <paramref name="diagnostics"/> (one file's, sorted as the engine returns them) over the tree
    /// <paramref name="root"/> read from <paramref name="text"/>; either may be null (a file that does not parse).
    /// </summary>
    public static IReadOnlyList<FindingIdentity> Of(YamlNode? root, string? text, IReadOnlyList<Diagnostic> diagnostics)
    {
        var identities = new FindingIdentity[diagnostics.Count];
        var repeats = new Dictionary<(string, string, string), int>();
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var keyPath = KeyPath(root, diagnostic.Span);
            var content = FindingIdentity.NormalizeContent(FindingIdentity.Slice(text, diagnostic.Span.StartOffset, diagnostic.Span.EndOffset));
            var key = (diagnostic.Id, keyPath, content);
            int occurrence = repeats.TryGetValue(key, out var seen) ? seen + 1 : 1;
            repeats[key] = occurrence;
            identities[i] = new FindingIdentity(diagnostic.Id, keyPath, content, occurrence);
        }
        return identities;
    }

    /// <summary>
    /// The keys from the root to the innermost node holding <paramref name="span"/>: <c>upgrade.steps[].timeout</c>.
    /// A list item adds <c>[]</c> without its index, so inserting an item above keeps the path. Empty at the root.
    /// </summary>
    public static string KeyPath(YamlNode? root, SourceSpan span)
    {
        var path = new StringBuilder();
        var node = root;
        // Each step goes strictly inward (a child's span inside its parent's), so the walk ends; the bound guards aliases.
        for (int depth = 0; node != null && depth < 100_000; depth++)
        {
            YamlNode? next = null;
            if (node is YamlMapping mapping)
            {
                foreach (var entry in mapping.Entries)
                {
                    if (Holds(entry.Key.Span, span))
                    {
                        AppendKey(path, entry);
                        return path.ToString();
                    }
                    if (Holds(entry.Value.Span, span) && Inside(entry.Value.Span, node.Span))
                    {
                        AppendKey(path, entry);
                        next = entry.Value;
                        break;
                    }
                }
            }
            else if (node is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (Holds(item.Span, span) && Inside(item.Span, node.Span))
                    {
                        path.Append("[]");
                        next = item;
                        break;
                    }
                }
            }
            if (next is null || ReferenceEquals(next, node)) break;
            node = next;
        }
        return path.ToString();
    }

    private static void AppendKey(StringBuilder path, YamlEntry entry)
    {
        if (path.Length > 0) path.Append('.');
        path.Append(entry.KeyText ?? "?");
    }

    private static bool Holds(SourceSpan outer, SourceSpan inner) =>
        outer.StartOffset <= inner.StartOffset && inner.EndOffset <= outer.EndOffset && (outer.Length > 0 || inner.Length == 0);

    private static bool Inside(SourceSpan child, SourceSpan parent) =>
        parent.StartOffset <= child.StartOffset && child.EndOffset <= parent.EndOffset;
}
