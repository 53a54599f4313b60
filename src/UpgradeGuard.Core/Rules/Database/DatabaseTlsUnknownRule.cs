using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Database;

/// <summary>UG3004: an external database reached by a hop to 5.4.x or later has no <c>database.tls.protocols</c>.</summary>
public sealed class DatabaseTlsUnknownRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DatabaseTlsUnknown, "Database TLS versions unknown", Severity.Warning, RuleCategories.Database,
        $"The plan reaches {CatalogFacts.BuiltIn.TlsRelease} or later with an external database but the manifest does not say which TLS versions the database accepts, so TLS {CatalogFacts.BuiltIn.DatabaseTls} support cannot be checked.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var plan = context.Plan;
        var database = context.Manifest.Database;
        var tls = plan?.Product.Tls;
        if (plan is null || tls is null || database is null || !context.Manifest.HasExternalDatabase || database.TlsProtocols != null) return;
        var reached = plan.FirstReaching(tls.From);
        if (reached is null) return;
        string host = database.Host is { IsValid: true } h ? h.Value : "the external database";
        context.Report(Descriptor, reached.Hop.StepSpan,
            $"database.tls.protocols is not set: cannot check that {host} accepts TLS {tls.DatabaseMustAccept}, which the upgrade to {reached.Hop.To} requires ({reached.Version} and later no longer support TLS {string.Join(" and ", tls.RemovedProtocols)}); add database.tls.protocols");
    }
}
