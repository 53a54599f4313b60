namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>Something the vendor guide tells an admin, with where the guide says it.</summary>
/// <param name="Text">What to do or know, for people.</param>
/// <param name="Citation">Where the guide says it: <c>guide, "Do not refresh the System Settings page"</c>.</param>
public sealed record GuideNote(string Text, string Citation)
{
    /// <summary><c>text (guide, "...")</c>.</summary>
    public override string ToString() => $"{Text} ({Citation})";
}
