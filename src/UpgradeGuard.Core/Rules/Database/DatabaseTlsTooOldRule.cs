using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Database;

/// <summary>UG3003: a hop to 5.4.x or later while the database does not accept TLS 1.2.</summary>
public sealed class DatabaseTlsTooOldRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DatabaseTlsTooOld, $"Database does not accept TLS {CatalogFacts.BuiltIn.DatabaseTls}", Severity.Error, RuleCategories.Database,
        $"From {CatalogFacts.BuiltIn.TlsRelease}, TLS {CatalogFacts.BuiltIn.RemovedTls} are no longer supported: an external database that does not accept TLS {CatalogFacts.BuiltIn.DatabaseTls} makes the upgrade to {CatalogFacts.BuiltIn.TlsRelease} fail.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var plan = context.Plan;
        var database = context.Manifest.Database;
        var tls = plan?.Product.Tls;
        if (plan is null || tls is null || database is null || !context.Manifest.HasExternalDatabase) return;
        var protocols = database.TlsProtocols;
        if (protocols is null || database.TlsProtocolsSpan is null || protocols.Any(p => !p.IsValid)) return;
        if (protocols.Any(p => p.Value == tls.DatabaseMustAccept)) return;
        var reached = plan.FirstReaching(tls.From);
        if (reached is null) return;
        string accepted = protocols.Count == 0 ? "no TLS version" : "only TLS " + string.Join(", ", protocols.Select(p => p.Value));
        string host = database.Host is { IsValid: true } h ? h.Value : "the database server";
        context.Report(Descriptor, database.TlsProtocolsSpan.Value,
            $"the database accepts {accepted}, but {reached.Version} (from {tls.From} on) needs TLS {tls.DatabaseMustAccept}: the upgrade to {reached.Hop.To} will fail; enable TLS {tls.DatabaseMustAccept} on {host} first");
    }
}
