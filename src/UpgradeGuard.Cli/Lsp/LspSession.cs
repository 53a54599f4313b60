using System;
using System.Collections.Concurrent;
using System.IO;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>What the handlers share: the open documents, the checks, the output, and where the session is in its life.</summary>
internal sealed class LspSession
{
    public LspSession(MessageWriter writer, ManifestChecks checks, TextWriter log)
    {
        Writer = writer;
        Checks = checks;
        Log = log;
    }

    public MessageWriter Writer { get; }
    public ManifestChecks Checks { get; }
    public TextWriter Log { get; }
    public ConcurrentDictionary<string, OpenDocument> Documents { get; } = new(StringComparer.Ordinal);
    public bool Initialized { get; set; }
    public bool ShutdownRequested { get; set; }
    public bool ExitRequested { get; set; }

    /// <summary>The open document <paramref name="document"/> names; invalid params when it is not open.</summary>
    public OpenDocument Document(TextDocumentIdentifier document) =>
        Documents.TryGetValue(document.Uri, out var open) ? open : throw new InvalidParamsException($"'{document.Uri}' is not open");

    /// <summary>Forgets every check and checks every open document again (configuration changed).</summary>
    public void RecheckAll()
    {
        foreach (var document in Documents.Values)
        {
            lock (document.Gate) document.LastCheck = null;
            DiagnosticPublisher.RequestCheck(document);
        }
    }

    public void LogMessage(MessageType type, string message) =>
        Writer.Notify("window/logMessage", new LogMessageParams(type, message), LspJsonContext.Default.LogMessageParams);
}
