using System;
using System.Security.Cryptography;
using System.Text;

namespace UpgradeGuard.Core.Reporting;

/// <summary>
/// What a finding is about, never where it is: its rule, the key path of its node (mapping keys, with <c>[]</c> for a
/// list item and no index, e.g. <c>upgrade.steps[].onTimeout</c>), the node's text (whitespace runs folded to one
/// space), the message's wording with its numbers left out (two different findings of one rule on one node, such as
/// two missing keys reported at their parent, stay apart, while an estimate or a line number inside a message may
/// change), and which repeat of all that it is in the file (1 for the first, in file order). A comment or an
/// unrelated step added above a finding keeps its identity; a new finding gets a new one.
/// </summary>
public sealed class FindingIdentity
{
    public FindingIdentity(string ruleId, string keyPath, string content, string messageShape, int occurrence)
    {
        RuleId = ruleId;
        KeyPath = keyPath;
        Content = content;
        MessageShape = messageShape;
        Occurrence = occurrence;
    }

    public string RuleId { get; }
    public string KeyPath { get; }
    public string Content { get; }
    /// <summary>The message with each run of digits replaced by '#' (see <see cref="ShapeOf"/>).</summary>
    public string MessageShape { get; }
    public int Occurrence { get; }

    /// <summary>
    /// The finding's fingerprint in the file at <paramref name="repositoryPath"/> (repository-relative, '/'): 32 hex
    /// digits of SHA-256 over version, path, rule, key path and content, then <c>:n</c> for the n-th repeat (n &gt; 1).
    /// Stable across runs and machines; unique per finding of one run.
    /// </summary>
    public string Fingerprint(string repositoryPath)
    {
        var input = "upgrade-guard/v1\n" + repositoryPath + "\n" + RuleId + "\n" + KeyPath + "\n" + Content + "\n" + MessageShape;
        byte[] hash;
        using (var sha = SHA256.Create()) hash = sha.ComputeHash(Encoding.UTF8.GetBytes(input));
        var hex = new StringBuilder(40);
        for (int i = 0; i < 16; i++) hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        if (Occurrence > 1) hex.Append(':').Append(Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return hex.ToString();
    }

    public override string ToString() => $"{RuleId} {KeyPath} '{Content}' #{Occurrence}";

    /// <summary>Folds whitespace runs (line breaks included) to one space and trims, so re-indenting keeps the identity.</summary>
    public static string NormalizeContent(string text)
    {
        var folded = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }
            if (space) folded.Append(' ');
            space = false;
            folded.Append(c);
        }
        return folded.ToString();
    }

    /// <summary>A message without its numbers: "est. 105 min (first at line 11)" -> "est. # min (first at line #)".</summary>
    public static string ShapeOf(string message)
    {
        var shape = new StringBuilder(message.Length);
        for (int i = 0; i < message.Length; i++)
        {
            if (message[i] >= '0' && message[i] <= '9')
            {
                if (shape.Length == 0 || shape[shape.Length - 1] != '#') shape.Append('#');
                continue;
            }
            shape.Append(message[i]);
        }
        return NormalizeContent(shape.ToString());
    }

    internal static string Slice(string? text, int start, int end)
    {
        if (text is null) return "";
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        return text.Substring(start, end - start);
    }
}
