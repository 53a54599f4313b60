namespace UpgradeGuard.Cli.Discovery;

/// <summary>A file to check: where it is, how reports name it, and whether the user named it.</summary>
public sealed class ManifestFile
{
    public ManifestFile(string fullPath, string displayPath, bool isExplicit)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        IsExplicit = isExplicit;
    }

    public string FullPath { get; }
    /// <summary>Relative to the working folder with '/' when under it; otherwise as the user wrote it.</summary>
    public string DisplayPath { get; }
    /// <summary>Named on the command line (a file that is not an upgrade plan is then reported), not found in a folder.</summary>
    public bool IsExplicit { get; }
}
