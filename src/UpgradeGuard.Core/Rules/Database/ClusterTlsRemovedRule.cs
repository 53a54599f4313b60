using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Database;

/// <summary>UG3005: <c>cluster.tls.protocols</c> enables TLS 1.0 or 1.1 while the plan reaches 5.4.x or later.</summary>
public sealed class ClusterTlsRemovedRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.ClusterTlsRemoved, "Cluster enables removed TLS versions", Severity.Warning, RuleCategories.Database,
        $"The appliances enable TLS {CatalogFacts.BuiltIn.RemovedTls.Replace(" and ", " or ")} while the plan reaches {CatalogFacts.BuiltIn.TlsRelease} or later, which no longer supports them: clients and integrations that still use them stop working.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var plan = context.Plan;
        var tls = plan?.Product.Tls;
        var protocols = context.Manifest.Cluster?.TlsProtocols;
        if (plan is null || tls is null || protocols is null) return;
        var reached = plan.FirstReaching(tls.From);
        if (reached is null) return;
        foreach (var protocol in protocols.Where(p => p.IsValid && tls.RemovedProtocols.Contains(p.Value)))
        {
            context.Report(Descriptor, protocol.Span,
                $"TLS {protocol.Value} is enabled on the appliances, but {tls.From} and later (the plan reaches {reached.Version}) no longer support TLS {string.Join(" and ", tls.RemovedProtocols)}; remove it and make sure clients use TLS {tls.DatabaseMustAccept}");
        }
    }
}
