using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using RuleDescriptor = UpgradeGuard.Core.Diagnostics.RuleDescriptor;
using Severity = UpgradeGuard.Core.Diagnostics.Severity;

namespace UpgradeGuard.Analyzers;

/// <summary>The engine's rule descriptors as Roslyn descriptors: same id, title, category, default severity and help link.</summary>
internal static class RoslynDescriptors
{
    /// <summary>
    /// Roslyn's tag for diagnostics whose analyzer applies the configured severity itself: the compiler then applies
    /// only NoWarn, WarningsAsErrors and TreatWarningsAsErrors on top, not .editorconfig/.globalconfig again.
    /// Compilers before 4.9 ignore it (the constant is not in the 4.8 API this assembly builds against).
    /// </summary>
    internal const string CustomSeverityConfigurable = "CustomSeverityConfigurable";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        RuleRegistry.Descriptors.ToDictionary(rule => rule.Id, Create, StringComparer.Ordinal);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        RuleRegistry.Descriptors.Select(rule => ById[rule.Id]).ToImmutableArray();

    public static DiagnosticDescriptor For(RuleDescriptor rule) =>
        ById.TryGetValue(rule.Id, out var descriptor) ? descriptor : Create(rule);

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new DiagnosticDescriptor(
        rule.Id,
        rule.Title,
        // The engine writes the whole message, with its numbers; Roslyn formats it unchanged.
        "{0}",
        rule.Category,
        ToRoslyn(rule.DefaultSeverity),
        isEnabledByDefault: rule.DefaultSeverity != Severity.None,
        description: rule.Description,
        helpLinkUri: rule.HelpUri,
        customTags: CustomSeverityConfigurable);
}
