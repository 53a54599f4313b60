using System;
using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Configuration;

/// <summary>
/// The switches over configured severities that a run applies on top, as the compiler applies them to analyzer
/// diagnostics: <c>NoWarn</c> drops a rule whatever its severity; <c>WarningsAsErrors</c> and
/// <c>TreatWarningsAsErrors</c> make warnings errors, except the rules listed in <c>WarningsNotAsErrors</c>. The build
/// task passes the build's properties; <c>check --warnings-as-errors</c> is <see cref="AllWarningsAsErrors"/>.
/// </summary>
public sealed class WarningPolicy
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

    /// <summary>No switch: every diagnostic keeps its severity.</summary>
    public static readonly WarningPolicy None = new WarningPolicy(null, null, null, false);

    /// <summary>Every warning is an error (<c>TreatWarningsAsErrors</c>, <c>--warnings-as-errors</c>).</summary>
    public static readonly WarningPolicy AllWarningsAsErrors = new WarningPolicy(null, null, null, true);

    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly bool _treatWarningsAsErrors;

    public WarningPolicy(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
    {
        _noWarn = Ids(noWarn);
        _warningsAsErrors = Ids(warningsAsErrors);
        _warningsNotAsErrors = Ids(warningsNotAsErrors);
        _treatWarningsAsErrors = treatWarningsAsErrors;
    }

    /// <summary>The severity to report <paramref name="diagnostic"/> at; <see cref="Severity.None"/> when it is not reported.</summary>
    public Severity Apply(Diagnostic diagnostic)
    {
        if (_noWarn.Contains(diagnostic.Id)) return Severity.None;
        if (diagnostic.Severity != Severity.Warning) return diagnostic.Severity;
        if (_warningsAsErrors.Contains(diagnostic.Id)) return Severity.Error;
        if (_treatWarningsAsErrors && !_warningsNotAsErrors.Contains(diagnostic.Id)) return Severity.Error;
        return Severity.Warning;
    }

    /// <summary><paramref name="diagnostics"/> at the severities of <see cref="Apply(Diagnostic)"/>, in order, less those it drops.</summary>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (this == None || diagnostics.Count == 0) return diagnostics;
        var applied = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var severity = Apply(diagnostic);
            if (severity == Severity.None) continue;
            applied.Add(severity == diagnostic.Severity ? diagnostic
                : new Diagnostic(diagnostic.Rule, diagnostic.FilePath, diagnostic.Span, diagnostic.Message, severity, diagnostic.Suppression));
        }
        return applied;
    }

    private static HashSet<string> Ids(string? list)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (list is null) return ids;
        foreach (var id in list.Split(Separators, StringSplitOptions.RemoveEmptyEntries)) ids.Add(id.Trim());
        return ids;
    }
}
