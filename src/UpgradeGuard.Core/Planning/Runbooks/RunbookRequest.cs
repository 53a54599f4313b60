using System.Collections.Generic;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>What a runbook is made from, read from a manifest or from the command line's inputs.</summary>
internal sealed class RunbookRequest
{
    public RunbookRequest(ProductCatalog product, ProductVersion from, ProductVersion to, int nodes)
    {
        Product = product;
        From = from;
        To = to;
        Nodes = nodes;
    }

    public ProductCatalog Product { get; }
    public ProductVersion From { get; }
    public ProductVersion To { get; }
    public int Nodes { get; }
    public string? Name { get; set; }
    /// <summary>The manifest the runbook is for, as reports name it; null for inputs given on the command line.</summary>
    public string? ManifestPath { get; set; }
    public RunbookDatabase? Database { get; set; }
    /// <summary>The TLS versions enabled on the appliances, when known.</summary>
    public IReadOnlyList<string>? ClusterTlsProtocols { get; set; }
    /// <summary>The start, time zone, window and business hours; null when the downtime is not scheduled.</summary>
    public ScheduleSection? Schedule { get; set; }
    public bool IsSideBySide { get; set; }
    /// <summary>Side-by-side: the new appliances' addresses (<c>sideBySide.addresses</c>), as written.</summary>
    public IReadOnlyList<string> NewAddresses { get; set; } = new string[0];
    /// <summary>Side-by-side: the server that holds the database copy (<c>sideBySide.databaseHost</c>), when given.</summary>
    public string? DatabaseCopyHost { get; set; }
}
