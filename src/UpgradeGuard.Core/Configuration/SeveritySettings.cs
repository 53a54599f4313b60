using System;
using System.Collections.Generic;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Configuration;

/// <summary>
/// Severity keys as Roslyn reads them, accumulated in precedence order (a later <see cref="Apply"/> wins):
/// <c>dotnet_diagnostic.UG2001.severity</c>, <c>dotnet_analyzer_diagnostic.category-Database.severity</c>,
/// <c>dotnet_analyzer_diagnostic.severity</c>. A rule's own key beats its category's, which beats the all-rules key.
/// </summary>
internal sealed class SeveritySettings
{
    private const string DiagnosticPrefix = "dotnet_diagnostic.";
    private const string BulkPrefix = "dotnet_analyzer_diagnostic.";
    private const string CategoryPrefix = "category-";
    private const string SeveritySuffix = ".severity";

    // A null value is "default": the rule's default severity, still beating less specific keys.
    private readonly Dictionary<string, Severity?> _byId = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Severity?> _byCategory = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
    private bool _hasAll;
    private Severity? _all;

    public void Apply(IReadOnlyDictionary<string, string> properties)
    {
        foreach (var pair in properties)
        {
            var key = pair.Key;
            if (!key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase)) continue;
            if (!SeverityConfiguration.TryParse(pair.Value, out var severity)) continue;
            if (key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var id = key.Substring(DiagnosticPrefix.Length, key.Length - DiagnosticPrefix.Length - SeveritySuffix.Length);
                if (id.Length > 0) _byId[id] = severity;
            }
            else if (string.Equals(key, BulkPrefix + "severity", StringComparison.OrdinalIgnoreCase))
            {
                _hasAll = true;
                _all = severity;
            }
            else if (key.StartsWith(BulkPrefix + CategoryPrefix, StringComparison.OrdinalIgnoreCase))
            {
                int start = BulkPrefix.Length + CategoryPrefix.Length;
                var category = key.Substring(start, key.Length - start - SeveritySuffix.Length);
                if (category.Length > 0) _byCategory[category] = severity;
            }
        }
    }

    /// <summary>The overrides for <paramref name="rules"/> (ids upper-case, as the rules spell them).</summary>
    public Dictionary<string, Severity> Overrides(IEnumerable<RuleDescriptor> rules)
    {
        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            Severity? severity;
            if (_byId.TryGetValue(rule.Id, out var byId)) severity = byId;
            else if (_byCategory.TryGetValue(rule.Category, out var byCategory)) severity = byCategory;
            else if (_hasAll) severity = _all;
            else continue;
            if (severity.HasValue) overrides[rule.Id] = severity.Value;
        }
        return overrides;
    }
}
