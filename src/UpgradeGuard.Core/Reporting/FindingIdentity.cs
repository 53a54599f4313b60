using System;
using System.Security.Cryptography;
using System.Text;

namespace UpgradeGuard.Core.Reporting;

/// <summary>
/// What a finding is about, never where it is: its rule, the key path of its node (mapping keys, with <c>[]</c> for a
/// list item and no index, e.g. <c>upgrade.steps[].onTimeout</c>), the node's text (whitespace runs folded to one
/// space) and which repeat of that triple it is in the file (1 for the first, in file order). Never the line, and never
/// the message: messages carry estimates and line numbers that move with unrelated edits. A comment or an unrelated
/// step added above a finding keeps its identity; a new finding gets a new one.
/// </summary>
public sealed class FindingIdentity
{
    public FindingIdentity(string ruleId, string keyPath, string content, int occurrence)
    {
        RuleId = ruleId;
        KeyPath = keyPath;
        Content = content;
        Occurrence = occurrence;
    }

    public string RuleId { get; }
    public string KeyPath { get; }
    public string Content { get; }
    public int Occurrence { get; }

    /// <summary>
    /// The finding's fingerprint in the file at <paramref name="repositoryPath"/> (repository-relative, '/'): 32 hex
    /// digits of SHA-256 over version, path, rule, key path and content, then <c>:n</c> for the n-th repeat (n &gt; 1).
    /// Stable across runs and machines; unique per finding of one run.
    /// </summary>
    public string Fingerprint(string repositoryPath)
    {
        var input = "upgrade-guard/v1\n" + repositoryPath + "\n" + RuleId + "\n" + KeyPath + "\n" + Content;
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

    internal static string Slice(string? text, int start, int end)
    {
        if (text is null) return "";
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        return text.Substring(start, end - start);
    }
}
