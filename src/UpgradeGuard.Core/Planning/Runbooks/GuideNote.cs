namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>Something the vendor guide tells an admin, with where the guide says it.</summary>
public sealed class GuideNote
{
    public GuideNote(string text, string citation)
    {
        Text = text;
        Citation = citation;
    }

    /// <summary>What to do or know, for people.</summary>
    public string Text { get; }
    /// <summary>Where the guide says it: <c>guide, "Do not refresh the System Settings page"</c>.</summary>
    public string Citation { get; }

    /// <summary><c>text (guide, "...")</c>.</summary>
    public override string ToString() => $"{Text} ({Citation})";
}
