using System;
using System.Collections.Generic;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Reporting;

/// <summary>Severity overrides per rule id (from .editorconfig, .globalconfig, NoWarn or command-line options).</summary>
public sealed class SeverityConfiguration
{
    private readonly Dictionary<string, Severity> _overrides;

    public SeverityConfiguration(IDictionary<string, Severity>? overrides = null, bool warningsAsErrors = false)
    {
        _overrides = overrides is null ? new Dictionary<string, Severity>(StringComparer.Ordinal) : new Dictionary<string, Severity>(overrides, StringComparer.Ordinal);
        WarningsAsErrors = warningsAsErrors;
    }

    public static readonly SeverityConfiguration Default = new SeverityConfiguration();

    public bool WarningsAsErrors { get; }
    public IReadOnlyDictionary<string, Severity> Overrides => _overrides;

    public Severity Effective(RuleDescriptor rule)
    {
        var severity = _overrides.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity;
        return WarningsAsErrors && severity == Severity.Warning ? Severity.Error : severity;
    }

    /// <summary>Parses an .editorconfig severity word: error, warning, suggestion/info, silent/none/hidden; default means "no override".</summary>
    public static bool TryParse(string word, out Severity? severity)
    {
        severity = null;
        switch (word.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion":
            case "info": severity = Severity.Info; return true;
            case "silent":
            case "hidden":
            case "none": severity = Severity.None; return true;
            case "default": return true;
            default: return false;
        }
    }
}
