using System.IO;
using System.Linq;
using UpgradeGuard.Cli.Fixing;

namespace UpgradeGuard.Cli.Tests.Fixing;

public sealed class UnifiedDiffTests
{
    private static string Diff(string before, string after)
    {
        var output = new StringWriter();
        UnifiedDiff.Write(output, "f.yaml", before, after);
        return output.ToString();
    }

    private static string Lines(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"l{i}\n"));

    [Fact]
    public void Equal_texts_print_nothing()
    {
        Assert.Equal("", Diff("a\nb\n", "a\nb\n"));
    }

    [Fact]
    public void Changes_far_apart_get_their_own_hunks_with_three_lines_of_context()
    {
        var before = Lines(1, 20);
        var after = before.Replace("l2\n", "l2\nnew\n").Replace("l18\n", "");

        Assert.Equal("""
            --- a/f.yaml
            +++ b/f.yaml
            @@ -1,5 +1,6 @@
             l1
             l2
            +new
             l3
             l4
             l5
            @@ -15,6 +16,5 @@
             l15
             l16
             l17
            -l18
             l19
             l20

            """, Diff(before, after));
    }

    [Fact]
    public void Changes_whose_context_meets_share_a_hunk()
    {
        var before = Lines(1, 12);
        var after = before.Replace("l3\n", "L3\n").Replace("l9\n", "L9\n");

        var diff = Diff(before, after);

        Assert.Single(diff.Split('\n'), l => l.StartsWith("@@"));
        Assert.Contains("@@ -1,12 +1,12 @@\n", diff);
    }

    [Fact]
    public void A_missing_final_line_break_is_marked()
    {
        Assert.Equal("""
            --- a/f.yaml
            +++ b/f.yaml
            @@ -1,2 +1,3 @@
             a
            -b
            \ No newline at end of file
            +b
            +c
            \ No newline at end of file

            """, Diff("a\nb", "a\nb\nc"));
    }

    [Fact]
    public void An_insertion_into_an_empty_text_counts_from_line_0()
    {
        Assert.Equal("--- a/f.yaml\n+++ b/f.yaml\n@@ -0,0 +1 @@\n+a\n", Diff("", "a\n"));
    }
}
