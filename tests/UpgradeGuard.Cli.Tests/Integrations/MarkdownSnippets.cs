using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace UpgradeGuard.Cli.Tests.Integrations;

/// <summary>The fenced code blocks of a Markdown file, so tests run the snippets the documentation shows.</summary>
public static class MarkdownSnippets
{
    private static readonly Regex Fence = new(@"^(?<indent>[ ]{0,3})```(?<info>[^\n`]*)\n(?<body>.*?)^\k<indent>```[ ]*$", RegexOptions.Multiline | RegexOptions.Singleline);

    public static IReadOnlyList<Snippet> Read(string markdownFile)
    {
        var text = File.ReadAllText(markdownFile).Replace("\r\n", "\n");
        var snippets = new List<Snippet>();
        string? heading = null;
        int position = 0;
        foreach (Match match in Fence.Matches(text))
        {
            // The nearest heading above the block names it in test output.
            foreach (Match h in Regex.Matches(text[position..match.Index], @"^#+ (?<title>.+)$", RegexOptions.Multiline)) heading = h.Groups["title"].Value.Trim();
            position = match.Index + match.Length;
            snippets.Add(new Snippet(match.Groups["info"].Value.Trim(), match.Groups["body"].Value, heading ?? ""));
        }
        return snippets;
    }
}

public sealed record Snippet(string Language, string Text, string Heading)
{
    public override string ToString() => $"[{Heading}] ```{Language}";
}
