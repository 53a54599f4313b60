using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Database;

/// <summary>UG3006: an <c>upgrade-database</c> step without an external database, or lower than the version in force.</summary>
public sealed class InvalidDatabaseUpgradeRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.InvalidDatabaseUpgrade, "Invalid database upgrade step", Severity.Error, RuleCategories.Database,
        "An upgrade-database step needs an external database (database.type: external) and must not go to a version lower than the one in force at that point.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var steps = context.Steps.Where(s => s.Kind == StepKind.UpgradeDatabase && s.IsValid).ToList();
        if (steps.Count == 0) return;
        if (!context.Manifest.HasExternalDatabase)
        {
            var type = context.Manifest.Database?.Type;
            if (type != null && !type.IsValid) return;
            foreach (var step in steps)
            {
                context.Report(Descriptor, step.Span, $"'upgrade-database: {step.DatabaseVersion!.Text}' needs an external database, but database.type is embedded{(type is null ? " (the default)" : "")}; remove the step or describe the external database");
            }
            return;
        }
        var engine = context.DatabaseEngine;
        if (engine is null) return;
        var inForce = DatabaseCourse.Initial(context.Manifest, engine);
        foreach (var step in steps)
        {
            var version = engine.Resolve(step.DatabaseVersion!.Value);
            if (version is null) continue;
            if (inForce != null && version.CompareTo(inForce.Version) < 0)
            {
                context.Report(Descriptor, step.Span,
                    $"'upgrade-database' to {engine.Display(step.DatabaseVersion.Value)} is lower than the version in force, {engine.Display(inForce.Text)}: a database cannot be downgraded");
                continue;
            }
            inForce = new DatabaseVersionInForce(step.DatabaseVersion.Value, version, step.Span, step);
        }
    }
}
