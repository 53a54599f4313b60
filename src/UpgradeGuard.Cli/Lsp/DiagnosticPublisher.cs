using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Lsp.Protocol;
using UpgradeGuard.Core.Reporting;
using EngineDiagnostic = UpgradeGuard.Core.Diagnostics.Diagnostic;
using Severity = UpgradeGuard.Core.Diagnostics.Severity;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>
/// Checks documents and pushes <c>textDocument/publishDiagnostics</c> with the version checked. One check per document
/// at a time; changes that arrive meanwhile are checked together afterwards; a check whose version is no longer the
/// document's is dropped unpublished.
/// </summary>
internal sealed class DiagnosticPublisher
{
    private readonly MessageWriter _writer;
    private readonly ManifestChecks _checks;
    private readonly TextWriter _log;

    public DiagnosticPublisher(MessageWriter writer, ManifestChecks checks, TextWriter log)
    {
        _writer = writer;
        _checks = checks;
        _log = log;
    }

    public static void RequestCheck(OpenDocument document)
    {
        lock (document.Gate) document.CheckPending = true;
    }

    public void StartPendingChecks(IEnumerable<OpenDocument> documents)
    {
        foreach (var document in documents)
        {
            lock (document.Gate)
            {
                if (!document.CheckPending || document.CheckRunning) continue;
                document.CheckRunning = true;
            }
            _ = Task.Run(() => CheckUntilCurrent(document));
        }
    }

    private void CheckUntilCurrent(OpenDocument document)
    {
        while (true)
        {
            int version;
            LspText text;
            lock (document.Gate)
            {
                if (!document.CheckPending || document.IsClosed)
                {
                    document.CheckRunning = false;
                    return;
                }
                document.CheckPending = false;
                version = document.Version;
                text = document.Text;
            }
            CheckedText checkedText;
            try
            {
                checkedText = new CheckedText(version, text, _checks.Check(text.EngineText, document.Path));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The engine turns its own failures into UG0001; anything else must not stop the server.
                _log.WriteLine($"upgrade-guard lsp: checking {document.Uri} failed: {ex}");
                continue;
            }
            lock (document.Gate)
            {
                // Stale: a newer version arrived while this one was checked. Its check is pending; drop this one.
                if (document.IsClosed || document.Version != version) continue;
                document.LastCheck = checkedText;
                _writer.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, version, ToLsp(checkedText)), LspJsonContext.Default.PublishDiagnosticsParams);
            }
        }
    }

    public static IReadOnlyList<Protocol.Diagnostic> ToLsp(CheckedText checkedText)
    {
        var diagnostics = new List<Protocol.Diagnostic>(checkedText.Result.Diagnostics.Count);
        foreach (var diagnostic in checkedText.Result.Diagnostics) diagnostics.Add(ToLsp(checkedText, diagnostic));
        return diagnostics;
    }

    public static Protocol.Diagnostic ToLsp(CheckedText checkedText, EngineDiagnostic diagnostic)
    {
        return new Protocol.Diagnostic(
            checkedText.Text.EngineRange(diagnostic.Span.StartOffset, diagnostic.Span.EndOffset),
            diagnostic.Severity switch
            {
                Severity.Error => DiagnosticSeverity.Error,
                Severity.Warning => DiagnosticSeverity.Warning,
                Severity.Info => DiagnosticSeverity.Information,
                _ => DiagnosticSeverity.Hint,
            },
            diagnostic.Id,
            new CodeDescription(diagnostic.Rule.HelpUri),
            "upgrade-guard",
            diagnostic.Message);
    }
}
