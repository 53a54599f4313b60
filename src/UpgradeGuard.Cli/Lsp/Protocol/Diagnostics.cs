using System.Collections.Generic;

namespace UpgradeGuard.Cli.Lsp.Protocol;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record CodeDescription(string Href);

public sealed record Diagnostic(Range Range, DiagnosticSeverity Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

/// <summary><c>textDocument/publishDiagnostics</c>; no version when a closed document's diagnostics are cleared.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
