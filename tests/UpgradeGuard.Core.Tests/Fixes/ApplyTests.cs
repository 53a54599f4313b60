using System;
using UpgradeGuard.Core.Fixes;

namespace UpgradeGuard.Core.Tests.Fixes;

public sealed class ApplyTests
{
    [Fact]
    public void Edits_use_offsets_of_the_original_text_in_any_order()
    {
        var edits = new[] { new TextEdit(0, 1, "A"), TextEdit.Insert(3, "-"), new TextEdit(4, 6, "") };

        Assert.Equal("Abc-d", CodeFixes.Apply("abcdef", edits));
        Assert.Equal("Abc-d", CodeFixes.Apply("abcdef", new[] { edits[2], edits[0], edits[1] }));
    }

    [Fact]
    public void Adjacent_edits_are_fine()
    {
        Assert.Equal("xy", CodeFixes.Apply("ab", new[] { new TextEdit(0, 1, "x"), new TextEdit(1, 2, "y") }));
        Assert.Equal("ab!", CodeFixes.Apply("ab", new[] { TextEdit.Insert(2, "!") }));
        Assert.Equal("ab", CodeFixes.Apply("ab", Array.Empty<TextEdit>()));
    }

    [Theory]
    [InlineData(0, 3, 2, 4)]
    [InlineData(0, 3, 1, 1)]
    [InlineData(2, 2, 2, 2)]
    [InlineData(2, 2, 2, 4)]
    public void Overlapping_edits_throw(int start1, int end1, int start2, int end2)
    {
        var edits = new[] { new TextEdit(start1, end1, "x"), new TextEdit(start2, end2, "y") };

        Assert.Throws<ArgumentException>(() => CodeFixes.Apply("abcdef", edits));
    }

    [Fact]
    public void An_edit_past_the_end_throws()
    {
        Assert.Throws<ArgumentException>(() => CodeFixes.Apply("abc", new[] { new TextEdit(2, 4, "") }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextEdit(3, 2, ""));
    }
}
