using System;
using System.IO;

namespace UpgradeGuard.Cli.Discovery;

/// <summary>
/// The manifest of <c>check -</c>: read from standard input, named in reports by <c>--stdin-filename</c> (whose path also
/// picks the <c>.editorconfig</c> sections and the SARIF location) or <c>&lt;stdin&gt;</c>.
/// </summary>
public sealed class StandardInputManifest
{
    /// <summary>The path argument that stands for standard input.</summary>
    public const string Argument = "-";
    public const string DefaultName = "<stdin>";

    private readonly Func<Stream> _open;

    public StandardInputManifest(Func<Stream> open, string? fileName)
    {
        _open = open;
        FileName = fileName;
    }

    /// <summary>The name given with <c>--stdin-filename</c>, if any.</summary>
    public string? FileName { get; }

    public byte[] ReadAll()
    {
        using var input = _open();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
