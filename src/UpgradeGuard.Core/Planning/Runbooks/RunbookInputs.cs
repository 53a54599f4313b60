namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>
/// A plan asked for without a manifest, as typed on the command line: versions, cluster size and, optionally, the
/// external database (<c>ENGINE:VERSION</c>) and the start of the downtime. Read by <see cref="Runbook.FromInputs"/>,
/// which reports anything it cannot read as a <see cref="RunbookProblem"/>.
/// </summary>
public sealed class RunbookInputs
{
    public RunbookInputs(string from, string to, int nodes)
    {
        From = from;
        To = to;
        Nodes = nodes;
    }

    /// <summary>The version the cluster runs, <c>major.minor.patch</c>.</summary>
    public string From { get; }
    /// <summary>The target version.</summary>
    public string To { get; }
    /// <summary>Appliances in the cluster (at least 1).</summary>
    public int Nodes { get; }
    /// <summary>The external database as <c>ENGINE:VERSION</c> (<c>sqlserver:2019</c>, <c>postgresql:13</c>); null for the embedded one.</summary>
    public string? Database { get; set; }
    /// <summary>The start of the downtime, a local date-time <c>yyyy-MM-ddTHH:mm</c> (an offset is accepted too).</summary>
    public string? Start { get; set; }
    /// <summary>The IANA time zone of <see cref="Start"/> and of business hours.</summary>
    public string? TimeZone { get; set; }
}
