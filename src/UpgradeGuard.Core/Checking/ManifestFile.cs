namespace UpgradeGuard.Core.Checking;

/// <summary>
/// A file to check: where it is, how reports name it, whether the user named it, and its content when it is not read
/// from <see cref="FullPath"/> (standard input's bytes, an editor's text).
/// </summary>
public sealed record ManifestFile
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
    /// <summary>Named by the user (a file that is not an upgrade plan is then reported), not found by its name.</summary>
    public bool IsExplicit { get; }
    /// <summary>The bytes already read (standard input, <c>check -</c>); null for a file read from <see cref="FullPath"/>.</summary>
    public byte[]? Content { get; }
    /// <summary>The text to check instead of any bytes (an editor's buffer, which may hold what UTF-8 cannot: a lone surrogate).</summary>
    public string? Text { get; init; }

    /// <summary>The bytes to check: <see cref="Content"/>, or the file's (never opening a FIFO, socket or device).</summary>
    public byte[] ReadAllBytes() => Content ?? RegularFile.ReadAllBytes(FullPath);
}
