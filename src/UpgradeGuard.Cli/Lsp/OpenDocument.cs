using System;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>A document the client has open: its text at its latest version, and the last check of it.</summary>
internal sealed class OpenDocument
{
    public OpenDocument(string uri, string? path, int version, string text)
    {
        Uri = uri;
        Path = path;
        Version = version;
        Text = new LspText(text);
    }

    public string Uri { get; }
    /// <summary>The local file path (null for <c>untitled:</c> and other non-file documents).</summary>
    public string? Path { get; }
    /// <summary>Guards every field below: the reader thread changes the text, checks run on the thread pool.</summary>
    public object Gate { get; } = new();
    public int Version { get; set; }
    public LspText Text { get; set; }
    public bool IsClosed { get; set; }
    public bool CheckPending { get; set; }
    public bool CheckRunning { get; set; }
    /// <summary>The last check whose version is still the document's, or an older one (compare versions).</summary>
    public CheckedText? LastCheck { get; set; }

    /// <summary>The check of the current text: the last one if it is current, else a fresh one (on the caller's thread).</summary>
    public CheckedText Current(Func<string, string?, AnalysisResult> check)
    {
        int version;
        LspText text;
        lock (Gate)
        {
            if (LastCheck is { } last && last.Version == Version) return last;
            version = Version;
            text = Text;
        }
        var result = check(text.EngineText, Path);
        var checkedText = new CheckedText(version, text, result);
        lock (Gate)
        {
            if (Version == version) LastCheck = checkedText;
        }
        return checkedText;
    }
}

/// <summary>A version of a document's text and what the engine found in it.</summary>
internal sealed record CheckedText(int Version, LspText Text, AnalysisResult Result);
