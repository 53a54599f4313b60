namespace UpgradeGuard.Cli.Discovery;

/// <summary>A file to check: where it is, how reports name it, and whether the user named it.</summary>
public sealed class ManifestFile
{
    public ManifestFile(string fullPath, string displayPath, bool isExplicit, byte[]? content = null)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        IsExplicit = isExplicit;
        Content = content;
    }

    public string FullPath { get; }
    /// <summary>Relative to the working folder with '/' when under it; otherwise as the user wrote it.</summary>
    public string DisplayPath { get; }
    /// <summary>Named on the command line (a file that is not an upgrade plan is then reported), not found in a folder.</summary>
    public bool IsExplicit { get; }
    /// <summary>The bytes already read (standard input, <c>check -</c>); null for a file read from <see cref="FullPath"/>.</summary>
    public byte[]? Content { get; }

    /// <summary>The bytes to check: <see cref="Content"/>, or the file's (never opening a FIFO, socket or device).</summary>
    public byte[] ReadAllBytes() => Content ?? RegularFile.ReadAllBytes(FullPath);
}
