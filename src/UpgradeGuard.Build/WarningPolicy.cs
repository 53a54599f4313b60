using System;
using System.Collections.Generic;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Build;

/// <summary>
/// The build's own switches over configured severities, applied as the compiler applies them to analyzer diagnostics:
/// <c>NoWarn</c> drops a rule whatever its severity; <c>WarningsAsErrors</c> and <c>TreatWarningsAsErrors</c> make
/// warnings errors, except the rules listed in <c>WarningsNotAsErrors</c>.
/// </summary>
internal sealed class WarningPolicy
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

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

    /// <summary>The severity to log <paramref name="diagnostic"/> at; <see cref="Severity.None"/> when it is not logged.</summary>
    public Severity Apply(Diagnostic diagnostic)
    {
        if (_noWarn.Contains(diagnostic.Id)) return Severity.None;
        if (diagnostic.Severity != Severity.Warning) return diagnostic.Severity;
        if (_warningsAsErrors.Contains(diagnostic.Id)) return Severity.Error;
        if (_treatWarningsAsErrors && !_warningsNotAsErrors.Contains(diagnostic.Id)) return Severity.Error;
        return Severity.Warning;
    }

    private static HashSet<string> Ids(string? list)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (list is null) return ids;
        foreach (var id in list.Split(Separators, StringSplitOptions.RemoveEmptyEntries)) ids.Add(id.Trim());
        return ids;
    }
}
