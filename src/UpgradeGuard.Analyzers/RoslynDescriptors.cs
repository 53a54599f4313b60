using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using UpgradeGuard.Core.Rules;
using RuleDescriptor = UpgradeGuard.Core.Diagnostics.RuleDescriptor;
using Severity = UpgradeGuard.Core.Diagnostics.Severity;

namespace UpgradeGuard.Analyzers;

/// <summary>
/// The engine's rule descriptors as Roslyn descriptors: same id, title, category, default severity and help link. The
/// descriptors themselves are <see cref="DeclaredDescriptors"/> (written by the inventory command, with constant ids,
/// categories and severities for the release-tracking analyzers); titles and descriptions come from the engine here.
/// </summary>
internal static class RoslynDescriptors
{
    /// <summary>
    /// Roslyn's tag for diagnostics whose analyzer applies the configured severity itself: the compiler then applies
    /// only NoWarn, WarningsAsErrors and TreatWarningsAsErrors on top, not .editorconfig/.globalconfig again.
    /// Compilers before 4.9 ignore it (the constant is not in the 4.8 API this assembly builds against).
    /// </summary>
    internal const string CustomSeverityConfigurable = "CustomSeverityConfigurable";

    /// <summary>The engine writes the whole message, with its numbers; Roslyn formats it unchanged.</summary>
    internal const string MessageFormat = "{0}";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        DeclaredDescriptors.All.ToDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    public static ImmutableArray<DiagnosticDescriptor> All => DeclaredDescriptors.All;

    /// <summary>The descriptor of an engine rule (the inventory test keeps one for every id of the engine).</summary>
    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    internal static string TitleOf(string id) => Engine(id).Title;

    internal static string DescriptionOf(string id) => Engine(id).Description;

    internal static string HelpLinkOf(string id) => Engine(id).HelpUri;

    private static RuleDescriptor Engine(string id) =>
        RuleRegistry.Find(id) ?? throw new InvalidOperationException($"{id} is no rule of the engine: run the inventory command (dotnet run --project build/inventory)");
}
